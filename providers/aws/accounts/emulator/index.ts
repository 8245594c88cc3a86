// AWS Organizations' emulation, as the management account sees the organization.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { organizationEstate } from "./estate.js";
import { organizations } from "./organizations.js";

const emulation: ServiceEmulation = {
  handlers: [organizations],
  estate: organizationEstate,
};
export default emulation;
