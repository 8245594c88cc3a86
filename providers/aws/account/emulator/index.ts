// STS's emulation: caller identity and AssumeRole into the estate's IAM roles (the fixed part of an account).
import type { ServiceEmulation } from "../../../../mocks/types.js";

import { sts } from "./sts.js";

const emulation: ServiceEmulation = {
  handlers: [sts],
};
export default emulation;
