// OpenSearch Serverless's emulation: collections and security policies.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { opensearchServerlessEstate } from "./estate.js";
import { opensearchServerless } from "./opensearch-serverless.js";

const emulation: ServiceEmulation = {
  handlers: [opensearchServerless],
  estate: opensearchServerlessEstate,
};
export default emulation;
