import { defineAwsService } from "../service.js";
import { collectMacie } from "./collect.js";
import { MACIE_OPERATIONS } from "./operations.js";

/**
 * Amazon Macie: whether it is on per region, whether automated sensitive data discovery runs, and each bucket's
 * sensitivity score. It produces no asset of its own: the S3 normalizer joins its record onto each bucket.
 */
export default defineAwsService({
  id: "macie",
  title: "Amazon Macie (sensitive data discovery in S3)",
  assetKinds: [],
  operations: MACIE_OPERATIONS,
  collect: collectMacie,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
