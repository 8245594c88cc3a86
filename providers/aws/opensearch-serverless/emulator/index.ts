// OpenSearch Serverless's emulation: collections and security policies.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { opensearchServerlessEstate } from "./estate.js";
import { opensearchServerless } from "./opensearch-serverless.js";
import { replayOpenSearchServerless } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [opensearchServerless],
  estate: opensearchServerlessEstate,
  replay: replayOpenSearchServerless,
  replayedServices: ["opensearchserverless"],
};
export default emulation;
