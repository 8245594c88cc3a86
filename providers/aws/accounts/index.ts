import { defineAwsService } from "../service.js";
import { ORGANIZATION_OPERATIONS } from "./operations.js";

/** AWS Organizations, for --org: the accounts to read (the fan-out itself is the provider's, in this folder). */
export default defineAwsService({
  id: "organizations",
  title: "AWS Organizations (account discovery for --org)",
  assetKinds: [],
  operations: ORGANIZATION_OPERATIONS,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
