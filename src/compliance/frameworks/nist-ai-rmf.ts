import { defineFramework } from "../framework.js";

const RMF = "NIST AI 100-1 (AI RMF 1.0), Playbook";
const GAI = "NIST AI 600-1 (Generative AI Profile), section 2 risks and the actions listed for them";

// Subcategories of the AI RMF core that a configuration scan evidences, and the Generative AI Profile's risks
// (listed with the GAI- prefix) that it speaks to. Governance and measurement subcategories that need people
// and process are listed as not covered.
export default defineFramework({
  id: "nist-ai-rmf",
  name: "NIST AI Risk Management Framework 1.0 with the Generative AI Profile (NIST AI 600-1)",
  version: "1.0 / 600-1 (July 2024)",
  url: "https://www.nist.gov/itl/ai-risk-management-framework",
  controls: [
    {
      id: "GOVERN 1.1",
      title: "Legal and regulatory requirements involving AI are understood, managed and documented",
    },
    {
      id: "GOVERN 6.1",
      title: "Policies and procedures address AI risks associated with third-party entities",
      mappings: [
        { checks: ["model.vulnerable-framework"], source: `${RMF}: third-party software in the AI system` },
        {
          checks: ["ai-service.approved-models", "model-endpoint.approved-models", "agent.approved-model"],
          source: `${RMF}: third-party models are deployed only once the organization approved them`,
        },
      ],
    },
    {
      id: "MAP 4.1",
      title:
        "Approaches for mapping AI technology and legal risks of its components, including third-party data or software",
      mappings: [
        { checks: ["model.vulnerable-framework"], source: `${RMF}: risks of third-party components` },
      ],
    },
    {
      id: "MEASURE 2.7",
      title: "AI system security and resilience are evaluated and documented",
      mappings: [
        {
          checks: [
            "storage.*",
            "search.*",
            "search-serverless.*",
            "model-endpoint.*",
            "model.*",
            "notebook.*",
            "training-job.*",
            "ml-workspace.*",
            "ai-service.*",
            "agent.*",
            "custom-model.*",
            "graph.*",
          ],
          source: `${RMF}: MEASURE 2.7 covers the security of the AI system's data, models and infrastructure`,
        },
      ],
    },
    {
      id: "MEASURE 2.10",
      title: "Privacy risk of the AI system is examined and documented",
      mappings: [
        {
          checks: ["graph.invocation-logs-public", "graph.training-data-public", "graph.vector-store-public"],
          source: `${RMF}: MEASURE 2.10: personal data in prompts, training and retrieval data exposed`,
        },
        {
          checks: ["graph.training-data-discovery"],
          source: `${RMF}: MEASURE 2.10: whether training data holds personal data is examined (sensitive data discovery)`,
        },
      ],
    },
    {
      id: "MANAGE 4.1",
      title: "Post-deployment AI system monitoring plans are implemented",
      mappings: [
        {
          checks: [
            "ai-platform.invocation-logging",
            "threat-detection.*",
            "search.audit-logging",
            "storage.access-logging",
          ],
          source: `${RMF}: MANAGE 4.1: capturing and evaluating what the deployed system does`,
        },
      ],
    },
    {
      id: "GAI-Information Security",
      title:
        "Generative AI risk: information security (prompt injection, data poisoning, exposed model weights)",
      mappings: [
        {
          checks: [
            "guardrail.prompt-attack-filter",
            "ai-service.content-filter",
            "agent.guardrail",
            "ai-platform.guardrail-present",
            "graph.model-artifacts-publicly-writable",
          ],
          source: `${GAI}: Information Security`,
        },
      ],
    },
    {
      id: "GAI-Data Privacy",
      title:
        "Generative AI risk: data privacy (leakage of personal data in training data, prompts and outputs)",
      mappings: [
        {
          checks: ["graph.invocation-logs-public", "graph.training-data-public", "graph.vector-store-public"],
          source: `${GAI}: Data Privacy`,
        },
      ],
    },
    {
      id: "GAI-Value Chain and Component Integration",
      title: "Generative AI risk: third-party components, data and models",
      mappings: [
        { checks: ["model.vulnerable-framework"], source: `${GAI}: Value Chain and Component Integration` },
        {
          checks: ["ai-service.approved-models", "model-endpoint.approved-models", "agent.approved-model"],
          source: `${GAI}: Value Chain and Component Integration: third-party models checked against an approved list`,
        },
      ],
    },
    { id: "GAI-Confabulation", title: "Generative AI risk: confabulation" },
    {
      id: "GAI-Harmful Bias and Homogenization",
      title: "Generative AI risk: harmful bias and homogenization",
    },
  ],
});
