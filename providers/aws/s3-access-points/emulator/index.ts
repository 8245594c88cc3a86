// S3 access points' emulation: the S3 Control access-point routes and the account's access points.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { s3AccessPointsEstate } from "./estate.js";
import { s3AccessPoints } from "./handler.js";
import { replayAccessPoints } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [s3AccessPoints],
  estate: s3AccessPointsEstate,
  replay: replayAccessPoints,
};
export default emulation;
