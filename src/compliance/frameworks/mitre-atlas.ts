import { defineFramework } from "../framework.js";

const SRC = "MITRE ATLAS mitigations (atlas.mitre.org/mitigations)";

export default defineFramework({
  id: "mitre-atlas",
  name: "MITRE ATLAS mitigations",
  version: "2025",
  url: "https://atlas.mitre.org/mitigations",
  controls: [
    {
      id: "AML.M0005",
      title: "Control Access to AI Models and Data at Rest",
      mappings: [
        {
          checks: ["storage.public-*", "search.public-access", "search-serverless.public-network", "graph.*"],
          source: `${SRC}: AML.M0005 restricts who can read or write models and data in storage`,
        },
      ],
    },
    {
      id: "AML.M0012",
      title: "Encrypt Sensitive Information",
      mappings: [
        {
          checks: [
            "*.encryption-at-rest",
            "*.customer-managed-key",
            "*.kms-key",
            "*-kms-key",
            "*.tls-*",
            "*.node-to-node-encryption",
            "training-job.inter-container-encryption",
          ],
          source: `${SRC}: AML.M0012 encrypts models and data at rest and in transit`,
        },
      ],
    },
    { id: "AML.M0014", title: "Verify AI Artifacts" },
    {
      id: "AML.M0015",
      title: "Adversarial Input Detection",
      mappings: [
        {
          checks: ["guardrail.prompt-attack-filter", "ai-service.content-filter"],
          source: `${SRC}: AML.M0015 detects and blocks adversarial inputs (prompt-attack filters)`,
        },
      ],
    },
    {
      id: "AML.M0016",
      title: "Vulnerability Scanning",
      mappings: [
        {
          checks: ["model.vulnerable-framework"],
          source: `${SRC}: AML.M0016 scans ML software for known vulnerabilities`,
        },
      ],
    },
    {
      id: "AML.M0019",
      title: "Control Access to AI Models and Data in Production",
      mappings: [
        {
          checks: [
            "model-endpoint.public-network",
            "model-endpoint.key-auth",
            "ai-service.public-network",
            "ai-service.local-auth",
            "ai-service.private-endpoint",
            "model.network-isolation",
            "model.vpc",
            "notebook.*",
            "ml-workspace.public-internet",
          ],
          source: `${SRC}: AML.M0019 requires authentication and network limits on production model APIs`,
        },
      ],
    },
    {
      id: "AML.M0020",
      title: "Generative AI Guardrails",
      mappings: [
        {
          checks: [
            "ai-platform.guardrail-present",
            "agent.guardrail",
            "guardrail.prompt-attack-filter",
            "ai-service.content-filter",
          ],
          source: `${SRC}: AML.M0020 places guardrails between users and generative models`,
        },
      ],
    },
    {
      id: "AML.M0024",
      title: "AI Telemetry Logging",
      mappings: [
        {
          checks: ["ai-platform.invocation-logging", "threat-detection.ai-protection"],
          source: `${SRC}: AML.M0024 logs model inputs and outputs for detection and response`,
        },
      ],
    },
    { id: "AML.M0023", title: "AI Bill of Materials" },
  ],
});
