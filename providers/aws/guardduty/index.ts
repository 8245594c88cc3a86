import { withEnumerationGaps } from "../../../src/model/assets/threat-detection-gaps.js";
import { defineAwsService } from "../service.js";
import { collectGuardDuty, GUARDDUTY_DETECTOR_TYPE } from "./collect.js";
import { normalizeDetector } from "./normalize.js";
import { GUARDDUTY_OPERATIONS } from "./operations.js";

/** GuardDuty: whether threat detection covers the AI assets, and its findings (merged as native findings). */
export default defineAwsService({
  id: "guardduty",
  title: "Amazon GuardDuty (threat detection and its findings)",
  assetKinds: ["threat-detection"],
  nativeFindings: true,
  operations: GUARDDUTY_OPERATIONS,
  collect: collectGuardDuty,
  normalizers: {
    [GUARDDUTY_DETECTOR_TYPE]: (record, ctx) =>
      withEnumerationGaps(normalizeDetector(record, ctx.read), ctx.inventory),
  },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
