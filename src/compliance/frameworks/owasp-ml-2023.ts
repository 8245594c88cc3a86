import { defineFramework } from "../framework.js";

const SRC = "OWASP Machine Learning Security Top Ten (2023 edition, v0.3)";

export default defineFramework({
  id: "owasp-ml-2023",
  name: "OWASP Machine Learning Security Top Ten",
  version: "2023 (v0.3)",
  url: "https://owasp.org/www-project-machine-learning-security-top-10/",
  controls: [
    { id: "ML01:2023", title: "Input Manipulation Attack" },
    {
      id: "ML02:2023",
      title: "Data Poisoning Attack",
      mappings: [
        {
          checks: ["storage.public-write", "graph.training-data-public"],
          source: `${SRC}, ML02: training data stores open to outsiders (write poisons; read exposes what to poison)`,
        },
      ],
    },
    { id: "ML03:2023", title: "Model Inversion Attack" },
    { id: "ML04:2023", title: "Membership Inference Attack" },
    {
      id: "ML05:2023",
      title: "Model Theft",
      mappings: [
        {
          checks: ["storage.public-read", "model-endpoint.public-network", "model-endpoint.key-auth"],
          source: `${SRC}, ML05: model artifacts readable by anyone, endpoints queryable from anywhere`,
        },
      ],
    },
    {
      id: "ML06:2023",
      title: "AI Supply Chain Attacks",
      mappings: [
        { checks: ["model.vulnerable-framework"], source: `${SRC}, ML06: vulnerable ML framework packages` },
        {
          checks: ["ai-service.approved-models", "model-endpoint.approved-models", "agent.approved-model"],
          source: `${SRC}, ML06: models deployed only from approved sources (models and registries on the approved list)`,
        },
      ],
    },
    { id: "ML07:2023", title: "Transfer Learning Attack" },
    { id: "ML08:2023", title: "Model Skewing" },
    { id: "ML09:2023", title: "Output Integrity Attack" },
    {
      id: "ML10:2023",
      title: "Model Poisoning",
      mappings: [
        {
          checks: ["graph.model-artifacts-publicly-writable"],
          source: `${SRC}, ML10: model artifacts anyone can overwrite, served by a live endpoint`,
        },
      ],
    },
  ],
});
