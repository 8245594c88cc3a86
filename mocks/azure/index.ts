// The emulated Azure Resource Manager services, served over HTTPS on the emulator's second port: every service of
// providers/azure/services.ts that declares an emulator, in that order. A request goes to the service whose
// namespace owns it (the last /providers/<namespace>/ of its path).
import { AZURE_SERVICES } from "../../providers/azure/services.js";
import type { ServiceEmulator } from "../types.js";

const handlers: ServiceEmulator[] = [];
for (const service of AZURE_SERVICES) {
  const emulation = await service.emulator?.();
  if (emulation) handlers.push(...emulation.handlers);
}

export const ARM_SERVICES: readonly ServiceEmulator[] = handlers;

export { createSelfSignedCertificate } from "./certificate.js";
