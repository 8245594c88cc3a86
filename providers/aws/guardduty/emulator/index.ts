// GuardDuty's emulation: detectors and findings per region.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { guardDutyEstate } from "./estate.js";
import { guardduty } from "./guardduty.js";
import { replayGuardDuty } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [guardduty],
  estate: guardDutyEstate,
  replay: replayGuardDuty,
};
export default emulation;
