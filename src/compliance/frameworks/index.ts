// Every framework the compliance view knows; one file each. A new framework is one file plus one line here.
import type { FrameworkDefinition } from "../framework.js";
import azurePolicyAiServices from "./azure-policy-ai-services.js";
import azurePolicyCognitiveServices from "./azure-policy-cognitive-services.js";
import azurePolicyMachineLearning from "./azure-policy-machine-learning.js";
import azurePolicyAiSearch from "./azure-policy-ai-search.js";
import awsSecurityHubAiStandard from "./aws-securityhub-ai-standard.js";
import awsSecurityHubOpenSearch from "./aws-securityhub-opensearch.js";
import cisAws from "./cis-aws.js";
import cisAzure from "./cis-azure.js";
import gdpr from "./gdpr.js";
import hipaa from "./hipaa.js";
import iso42001 from "./iso-42001.js";
import mcsbV2Ai from "./mcsb-v2-ai.js";
import mitreAtlas from "./mitre-atlas.js";
import nist80053 from "./nist-800-53-r5.js";
import nistAiRmf from "./nist-ai-rmf.js";
import owaspLlm from "./owasp-llm-2025.js";
import owaspMl from "./owasp-ml-2023.js";
import soc2 from "./soc2.js";

export const FRAMEWORK_DEFINITIONS: readonly FrameworkDefinition[] = [
  nist80053,
  hipaa,
  gdpr,
  soc2,
  cisAws,
  cisAzure,
  nistAiRmf,
  iso42001,
  owaspLlm,
  owaspMl,
  mitreAtlas,
  mcsbV2Ai,
  awsSecurityHubAiStandard,
  awsSecurityHubOpenSearch,
  azurePolicyAiServices,
  azurePolicyCognitiveServices,
  azurePolicyMachineLearning,
  azurePolicyAiSearch,
];
