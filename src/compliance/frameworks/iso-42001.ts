import { defineFramework } from "../framework.js";

const SRC = "ISO/IEC 42001:2023 Annex A (normative) reference control objectives and controls";

// Only the Annex A controls a configuration scan can evidence, and their neighbours that it cannot.
export default defineFramework({
  id: "iso-42001",
  name: "ISO/IEC 42001:2023 Annex A",
  version: "2023",
  url: "https://www.iso.org/standard/81230.html",
  controls: [
    { id: "A.2.2", title: "AI policy" },
    {
      id: "A.4.5",
      title: "System and computing resources",
      mappings: [
        {
          checks: ["notebook.*", "training-job.*", "model.*", "model-endpoint.*", "ml-workspace.*"],
          source: `${SRC}: A.4.5: the computing resources of the AI system are documented and controlled`,
        },
      ],
    },
    { id: "A.5.2", title: "AI system impact assessment process" },
    {
      id: "A.6.2.6",
      title: "AI system operation and monitoring",
      mappings: [
        {
          checks: ["threat-detection.*", "search.error-logging", "model-endpoint.single-instance"],
          source: `${SRC}: A.6.2.6: operation and monitoring of the deployed AI system`,
        },
      ],
    },
    {
      id: "A.6.2.8",
      title: "AI system recording of event logs",
      mappings: [
        {
          checks: ["ai-platform.invocation-logging", "search.audit-logging", "storage.access-logging"],
          source: `${SRC}: A.6.2.8: event logs recorded during the AI system's use`,
        },
      ],
    },
    {
      id: "A.7.2",
      title: "Data for development and enhancement of AI system",
      mappings: [
        {
          checks: [
            "graph.training-data-public",
            "storage.public-*",
            "storage.encryption-at-rest",
            "storage.customer-managed-key",
          ],
          source: `${SRC}: A.7.2: data used to develop the AI system is managed (protected against exposure and tampering)`,
        },
        {
          checks: ["graph.training-data-discovery"],
          source: `${SRC}: A.7.2: what the training data holds is known (its buckets are analysed for sensitive data)`,
        },
      ],
    },
    { id: "A.7.5", title: "Data provenance" },
    { id: "A.8.2", title: "System documentation and information for users" },
    {
      id: "A.10.3",
      title: "Suppliers",
      mappings: [
        {
          checks: ["model.vulnerable-framework"],
          source: `${SRC}: A.10.3: supplied components meet the organization's requirements`,
        },
        {
          checks: ["ai-service.approved-models", "model-endpoint.approved-models", "agent.approved-model"],
          source: `${SRC}: A.10.3: only models the organization approved, from approved suppliers, are deployed`,
        },
      ],
    },
  ],
});
