import type { ServiceEmulation } from "../../../../mocks/types.js";
import { s3AccessPointsSchema } from "./estate.js";
import { s3AccessPoints } from "./handler.js";

export const emulation: ServiceEmulation = {
  handlers: [s3AccessPoints],
  estate: { key: "s3AccessPoints", schema: s3AccessPointsSchema },
};
