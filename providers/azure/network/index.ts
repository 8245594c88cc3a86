import { defineAzureService } from "../service.js";
import { NETWORK_OPERATIONS } from "./operations.js";

/** Private endpoints' DNS zone groups, read on behalf of the services whose private endpoints they resolve. */
export default defineAzureService({
  id: "network",
  title: "Azure private endpoints' DNS zone groups (name resolution for other services' private endpoints)",
  assetKinds: [],
  operations: NETWORK_OPERATIONS,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
