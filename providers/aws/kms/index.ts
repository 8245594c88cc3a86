import { defineAwsService } from "../service.js";
import { KMS_OPERATIONS } from "./operations.js";

/** KMS key descriptions, read on behalf of other services to tell a customer-managed key from an AWS-managed one. */
export default defineAwsService({
  id: "kms",
  title: "AWS KMS (key ownership for other services)",
  assetKinds: [],
  operations: KMS_OPERATIONS,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
