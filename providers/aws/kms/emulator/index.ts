// KMS's emulation: DescribeKey over the estate's keys.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { kmsEstate } from "./estate.js";
import { kms } from "./kms.js";
import { replayKms } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [kms],
  estate: kmsEstate,
  replay: replayKms,
};
export default emulation;
