// Public API of the emulated cloud.
export { startEmulator } from "./server.js";
export type { Emulator, EmulatorOptions } from "./server.js";
export { loadEstate, parseEstate, EstateError } from "./estate/load.js";
export { generateEstate } from "./estate/generate.js";
export { generateMixedEstate } from "./estate/generate-mixed.js";
export type { Estate, EstateInput, Faults, FaultsInput, Account } from "./estate/schema.js";
export type { Bucket } from "../providers/aws/s3/emulator/estate.js";
export type { ServiceEmulator } from "./types.js";
