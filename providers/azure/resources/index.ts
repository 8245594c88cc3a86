import { defineAzureService } from "../service.js";
import { RESOURCES_OPERATIONS } from "./operations.js";

/** Subscriptions the identity can see (read by the provider before any service, when none are named). */
export default defineAzureService({
  id: "resources",
  title: "Azure Resource Manager subscriptions",
  assetKinds: [],
  operations: RESOURCES_OPERATIONS,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
