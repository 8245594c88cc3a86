import { defineAzureService } from "../service.js";
import { MONITOR_OPERATIONS } from "./operations.js";

/** Diagnostic settings, read on behalf of other services to tell where their logs go. */
export default defineAzureService({
  id: "monitor",
  title: "Azure Monitor diagnostic settings (log destinations for other services)",
  assetKinds: [],
  operations: MONITOR_OPERATIONS,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});
