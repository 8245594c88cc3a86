// Macie's emulation: its status, automated discovery and bucket sensitivity scores per region.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { macieEstate } from "./estate.js";
import { macie } from "./macie.js";
import { replayMacie } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [macie],
  estate: macieEstate,
  replay: replayMacie,
  // Records carry the SDK client's name.
  replayedServices: ["macie2"],
};
export default emulation;
