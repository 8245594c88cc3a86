import { defineFramework } from "../framework.js";

const SRC = "OWASP Top 10 for LLM Applications 2025";

export default defineFramework({
  id: "owasp-llm-2025",
  name: "OWASP Top 10 for LLM Applications",
  version: "2025",
  url: "https://genai.owasp.org/llm-top-10/",
  controls: [
    {
      id: "LLM01:2025",
      title: "Prompt Injection",
      mappings: [
        {
          checks: [
            "guardrail.prompt-attack-filter",
            "ai-service.content-filter",
            "agent.guardrail",
            "ai-platform.guardrail-present",
          ],
          source: `${SRC}, LLM01 prevention: input and output filtering (guardrails, content filters / prompt shields)`,
        },
      ],
    },
    {
      id: "LLM02:2025",
      title: "Sensitive Information Disclosure",
      mappings: [
        {
          checks: ["graph.invocation-logs-public", "graph.training-data-public", "graph.vector-store-public"],
          source: `${SRC}, LLM02: prompts, responses, training data and retrieval data reachable by anyone`,
        },
      ],
    },
    {
      id: "LLM03:2025",
      title: "Supply Chain",
      mappings: [
        {
          checks: ["model.vulnerable-framework"],
          source: `${SRC}, LLM03: vulnerable and outdated components (ML framework versions in model containers)`,
        },
        {
          checks: ["ai-service.approved-models", "model-endpoint.approved-models", "agent.approved-model"],
          source: `${SRC}, LLM03: unvetted third-party models; deployed models compared with the approved list`,
        },
      ],
    },
    {
      id: "LLM04:2025",
      title: "Data and Model Poisoning",
      mappings: [
        {
          checks: ["graph.model-artifacts-publicly-writable", "storage.public-write"],
          source: `${SRC}, LLM04: anyone who can write training data or model artifacts can poison them`,
        },
      ],
    },
    { id: "LLM05:2025", title: "Improper Output Handling" },
    { id: "LLM06:2025", title: "Excessive Agency" },
    { id: "LLM07:2025", title: "System Prompt Leakage" },
    {
      id: "LLM08:2025",
      title: "Vector and Embedding Weaknesses",
      mappings: [
        {
          checks: ["graph.vector-store-public", "search-serverless.public-network", "search.public-access"],
          source: `${SRC}, LLM08: unauthorized access to the vector store (embeddings leak the source text)`,
        },
      ],
    },
    { id: "LLM09:2025", title: "Misinformation" },
    {
      id: "LLM10:2025",
      title: "Unbounded Consumption",
      mappings: [
        {
          checks: ["ai-service.public-network", "ai-service.local-auth", "model-endpoint.key-auth"],
          source: `${SRC}, LLM10: unauthenticated or key-only access from anywhere lets others spend the model's quota`,
        },
      ],
    },
  ],
});
