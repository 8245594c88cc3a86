// S3's emulation: S3 Control (account-level Block Public Access) and S3 itself. The S3 handler accepts any
// signed-for-s3 or unsigned path-style request, so it is tried after every other service.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { s3Estate } from "./estate.js";
import { replayS3 } from "./replay.js";
import { s3 } from "./s3.js";
import { s3control } from "./s3-control.js";

const emulation: ServiceEmulation = {
  handlers: [s3control, s3],
  catchAll: true,
  estate: s3Estate,
  replay: replayS3,
};
export default emulation;
