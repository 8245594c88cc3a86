import { defineFramework } from "../framework.js";

const SRC = "Microsoft cloud security benchmark v2, Artificial Intelligence Security (AI) domain";

export default defineFramework({
  id: "mcsb-v2-ai",
  name: "Microsoft cloud security benchmark v2: Artificial Intelligence Security",
  version: "2.0",
  url: "https://learn.microsoft.com/security/benchmark/azure/mcsb-v2-artificial-intelligence-security",
  benchmark: {
    source:
      "learn.microsoft.com/security/benchmark/azure/mcsb-v2-artificial-intelligence-security (AI-1 to AI-7)",
  },
  controls: [
    {
      id: "AI-1",
      title: "Ensure use of approved models",
      mappings: [
        {
          checks: ["ai-service.approved-models", "model-endpoint.approved-models", "agent.approved-model"],
          source: `${SRC}: AI-1: deployed models (Azure OpenAI / AI Services deployments, Azure ML online deployments and their registries, Bedrock agents' foundation models) compared with the organization's approved list (--approved-models)`,
        },
        {
          checks: ["model.approved-model-package"],
          source: `${SRC}: AI-1: SageMaker models deployed only from model registry versions that passed the approval gate`,
        },
      ],
    },
    {
      id: "AI-2",
      title: "Implement multi-layered content filtering",
      mappings: [
        {
          checks: [
            "ai-service.content-filter",
            "guardrail.prompt-attack-filter",
            "ai-platform.guardrail-present",
            "agent.guardrail",
          ],
          source: `${SRC}: AI-2: content filters and prompt shields on inputs and outputs`,
        },
      ],
    },
    {
      id: "AI-3",
      title: "Adopt safety meta-prompts",
      gap: {
        status: "not-applicable",
        reason:
          "system prompts live in application code and agent instructions, not in the cloud configuration aiposture reads",
      },
    },
    {
      id: "AI-4",
      title: "Apply least privilege for agent functions",
      mappings: [
        {
          checks: ["ai-service.local-auth", "model-endpoint.key-auth"],
          source: `${SRC}: AI-4: identity-based (Entra ID) access instead of shared keys`,
        },
      ],
    },
    {
      id: "AI-5",
      title: "Ensure human-in-the-loop",
      gap: {
        status: "not-applicable",
        reason: "a process and application design control; no cloud setting evidences it",
      },
    },
    {
      id: "AI-6",
      title: "Establish monitoring and detection",
      mappings: [
        {
          checks: [
            "threat-detection.ai-protection",
            "threat-detection.enabled",
            "ai-platform.invocation-logging",
            "ai-service.diagnostic-logs",
            "ml-workspace.diagnostic-logs",
          ],
          source: `${SRC}: AI-6: Defender for AI services threat protection and logging of AI workloads`,
        },
      ],
    },
    {
      id: "AI-7",
      title: "Perform continuous AI red teaming",
      gap: { status: "not-applicable", reason: "a testing practice; no cloud setting evidences it" },
    },
  ],
});
