import { defineAwsService } from "../service.js";
import { normalizeAccount } from "./normalize.js";
import { ACCOUNT_OPERATIONS } from "./operations.js";

/** The account itself: STS identity, and account-wide S3 Block Public Access (read by the provider first). */
export default defineAwsService({
  id: "account",
  title: "Account identity and account-level S3 settings",
  assetKinds: ["account"],
  operations: ACCOUNT_OPERATIONS,
  normalizers: { "aws.account": (record, ctx) => normalizeAccount(record, ctx.read) },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
