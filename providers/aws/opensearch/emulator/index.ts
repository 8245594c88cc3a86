// OpenSearch Service's emulation: domains and their configuration.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { opensearchEstate } from "./estate.js";
import { opensearch } from "./opensearch.js";
import { replayOpenSearch } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [opensearch],
  estate: opensearchEstate,
  replay: replayOpenSearch,
};
export default emulation;
