// OpenSearch Service's emulation: domains and their configuration.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { opensearchEstate } from "./estate.js";
import { opensearch } from "./opensearch.js";

const emulation: ServiceEmulation = {
  handlers: [opensearch],
  estate: opensearchEstate,
};
export default emulation;
