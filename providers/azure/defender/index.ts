import { withEnumerationGaps } from "../../../src/model/assets/threat-detection-gaps.js";
import { defineAzureService } from "../service.js";
import { collectDefender } from "./collect.js";
import { DEFENDER_RECORD_TYPE, DEFENDER_SERVICE } from "./names.js";
import { normalizeDefender } from "./normalize.js";
import { DEFENDER_OPERATIONS } from "./operations.js";

/** Defender for Cloud: whether its plans cover the AI assets, and its alerts and assessments (native findings). */
export default defineAzureService({
  id: DEFENDER_SERVICE,
  title: "Microsoft Defender for Cloud (plans, alerts, assessments)",
  assetKinds: ["threat-detection"],
  nativeFindings: true,
  operations: DEFENDER_OPERATIONS,
  collect: collectDefender,
  normalizers: {
    [DEFENDER_RECORD_TYPE]: (record, ctx) =>
      withEnumerationGaps(normalizeDefender(record, ctx.read), ctx.inventory),
  },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
