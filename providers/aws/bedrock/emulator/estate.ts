// Amazon Bedrock estate, keyed by region: the replies of `aws bedrock get-model-invocation-logging-configuration`,
// `get-custom-model`, `get-guardrail`, and `aws bedrock-agent get-agent`, `get-knowledge-base`, `get-data-source`,
// so real CLI output pastes in (the `{"agent": {...}}` style wrappers are accepted too). Top-level fields are
// checked, so a typo such as `guardrailConfiguraton` is an error instead of silently meaning "no guardrail";
// nested configuration the emulator only echoes is kept as given. Emulator extensions, not API fields:
// `tags` on every resource (what ListTagsForResource answers), `knowledgeBases` on an agent
// (ListAgentKnowledgeBases) and `dataSources` on a knowledge base. Flows and prompts are `aws bedrock-agent
// get-flow` / `get-prompt` replies; batch inference jobs `aws bedrock get-model-invocation-job` replies.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const timestamp = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date")
  .default("2024-01-01T00:00:00Z");
const tags = z.record(z.string(), z.string()).default({});
const anything = z.unknown();
const strength = z.enum(["NONE", "LOW", "MEDIUM", "HIGH"]);

/** Accepts `{"agent": {...}, tags: ...}` as printed by the CLI as well as the bare object. */
function unwrap<T extends z.ZodType>(key: string, schema: T) {
  return z.preprocess((value) => {
    if (value && typeof value === "object" && !Array.isArray(value) && key in value) {
      const { [key]: inner, ...rest } = value as Record<string, unknown>;
      if (inner && typeof inner === "object") return { ...(inner as object), ...rest };
    }
    return value;
  }, schema);
}

const s3Config = z.strictObject({ bucketName: z.string().min(3), keyPrefix: z.string().optional() });

export const loggingConfigSchema = z.strictObject({
  cloudWatchConfig: z
    .strictObject({
      logGroupName: z.string().min(1),
      roleArn: z.string(),
      largeDataDeliveryS3Config: s3Config.optional(),
    })
    .optional(),
  s3Config: s3Config.optional(),
  textDataDeliveryEnabled: z.boolean().optional(),
  imageDataDeliveryEnabled: z.boolean().optional(),
  embeddingDataDeliveryEnabled: z.boolean().optional(),
  videoDataDeliveryEnabled: z.boolean().optional(),
  audioDataDeliveryEnabled: z.boolean().optional(),
});

export const customModelSchema = z.strictObject({
  modelName: z.string().min(1).max(63),
  modelArn: z.string().optional(),
  creationTime: timestamp,
  jobName: z.string().optional(),
  jobArn: z.string().optional(),
  baseModelArn: z
    .string()
    .default("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"),
  customizationType: z
    .enum(["FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION", "REINFORCEMENT_FINE_TUNING", "IMPORTED"])
    .default("FINE_TUNING"),
  modelKmsKeyArn: z.string().optional(),
  hyperParameters: z.record(z.string(), z.string()).optional(),
  trainingDataConfig: z.looseObject({ s3Uri: z.string().optional() }).optional(),
  validationDataConfig: anything.optional(),
  outputDataConfig: z.looseObject({ s3Uri: z.string() }).optional(),
  trainingMetrics: anything.optional(),
  validationMetrics: anything.optional(),
  customizationConfig: anything.optional(),
  modelStatus: z.enum(["Active", "Creating", "Failed"]).default("Active"),
  failureMessage: z.string().optional(),
  ownerAccountId: z.string().optional(),
  tags,
});

const contentFilter = z.strictObject({
  type: z.enum(["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT", "PROMPT_ATTACK"]),
  inputStrength: strength,
  outputStrength: strength,
  inputModalities: z.array(z.enum(["TEXT", "IMAGE"])).optional(),
  outputModalities: z.array(z.enum(["TEXT", "IMAGE"])).optional(),
  inputAction: z.enum(["BLOCK", "NONE"]).optional(),
  outputAction: z.enum(["BLOCK", "NONE"]).optional(),
  inputEnabled: z.boolean().optional(),
  outputEnabled: z.boolean().optional(),
});

export const guardrailSchema = z.strictObject({
  name: z.string().min(1).max(50),
  guardrailId: z.string().optional(),
  guardrailArn: z.string().optional(),
  version: z.string().default("DRAFT"),
  status: z.enum(["CREATING", "UPDATING", "VERSIONING", "READY", "FAILED", "DELETING"]).default("READY"),
  createdAt: timestamp,
  updatedAt: timestamp,
  blockedInputMessaging: z.string().default("Sorry, the model cannot answer this question."),
  blockedOutputsMessaging: z.string().default("Sorry, the model cannot answer this question."),
  description: z.string().optional(),
  topicPolicy: anything.optional(),
  contentPolicy: z.looseObject({ filters: z.array(contentFilter).default([]) }).optional(),
  wordPolicy: anything.optional(),
  sensitiveInformationPolicy: anything.optional(),
  contextualGroundingPolicy: anything.optional(),
  automatedReasoningPolicy: anything.optional(),
  crossRegionDetails: anything.optional(),
  statusReasons: z.array(z.string()).optional(),
  failureRecommendations: z.array(z.string()).optional(),
  kmsKeyArn: z.string().optional(),
  tags,
});

const agentKnowledgeBase = z.strictObject({
  knowledgeBaseId: z.string().min(1),
  knowledgeBaseState: z.enum(["ENABLED", "DISABLED"]).default("ENABLED"),
  description: z.string().optional(),
  updatedAt: timestamp,
});

export const agentSchema = unwrap(
  "agent",
  z.strictObject({
    agentName: z.string().min(1).max(100),
    agentId: z.string().optional(),
    agentArn: z.string().optional(),
    agentVersion: z.string().default("DRAFT"),
    agentStatus: z
      .enum([
        "CREATING",
        "PREPARING",
        "PREPARED",
        "NOT_PREPARED",
        "DELETING",
        "FAILED",
        "VERSIONING",
        "UPDATING",
      ])
      .default("PREPARED"),
    idleSessionTTLInSeconds: z.number().int().default(600),
    agentResourceRoleArn: z.string().optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
    clientToken: z.string().optional(),
    instruction: z.string().optional(),
    foundationModel: z.string().optional(),
    description: z.string().optional(),
    orchestrationType: z.enum(["DEFAULT", "CUSTOM_ORCHESTRATION"]).optional(),
    customOrchestration: anything.optional(),
    customerEncryptionKeyArn: z.string().optional(),
    preparedAt: z.string().optional(),
    failureReasons: z.array(z.string()).optional(),
    recommendedActions: z.array(z.string()).optional(),
    promptOverrideConfiguration: anything.optional(),
    guardrailConfiguration: z
      .strictObject({ guardrailIdentifier: z.string().min(1), guardrailVersion: z.string().min(1) })
      .optional(),
    memoryConfiguration: anything.optional(),
    agentCollaboration: z.enum(["SUPERVISOR", "SUPERVISOR_ROUTER", "DISABLED"]).optional(),
    knowledgeBases: z.array(agentKnowledgeBase).default([]),
    tags,
  }),
);

export const dataSourceSchema = unwrap(
  "dataSource",
  z.strictObject({
    name: z.string().min(1).max(100),
    dataSourceId: z.string().optional(),
    knowledgeBaseId: z.string().optional(),
    status: z.enum(["AVAILABLE", "DELETING", "DELETE_UNSUCCESSFUL"]).default("AVAILABLE"),
    dataSourceConfiguration: z.looseObject({
      type: z.enum(["S3", "WEB", "CONFLUENCE", "SALESFORCE", "SHAREPOINT", "CUSTOM", "REDSHIFT_METADATA"]),
      s3Configuration: z.looseObject({ bucketArn: z.string().startsWith("arn:") }).optional(),
    }),
    createdAt: timestamp,
    updatedAt: timestamp,
    description: z.string().optional(),
    serverSideEncryptionConfiguration: z.strictObject({ kmsKeyArn: z.string().optional() }).optional(),
    vectorIngestionConfiguration: anything.optional(),
    dataDeletionPolicy: z.enum(["RETAIN", "DELETE"]).default("DELETE"),
    failureReasons: z.array(z.string()).optional(),
  }),
);

const storageTypes = [
  "OPENSEARCH_SERVERLESS",
  "OPENSEARCH_MANAGED_CLUSTER",
  "PINECONE",
  "REDIS_ENTERPRISE_CLOUD",
  "RDS",
  "MONGO_DB_ATLAS",
  "NEPTUNE_ANALYTICS",
  "S3_VECTORS",
] as const;

export const knowledgeBaseSchema = unwrap(
  "knowledgeBase",
  z.strictObject({
    name: z.string().min(1).max(100),
    knowledgeBaseId: z.string().optional(),
    knowledgeBaseArn: z.string().optional(),
    roleArn: z.string().optional(),
    knowledgeBaseConfiguration: z
      .looseObject({ type: z.enum(["VECTOR", "KENDRA", "SQL", "MANAGED"]) })
      .default({ type: "VECTOR" }),
    status: z
      .enum(["CREATING", "ACTIVE", "DELETING", "UPDATING", "FAILED", "DELETE_UNSUCCESSFUL"])
      .default("ACTIVE"),
    createdAt: timestamp,
    updatedAt: timestamp,
    description: z.string().optional(),
    storageConfiguration: z
      .looseObject({
        type: z.enum(storageTypes),
        opensearchServerlessConfiguration: z.looseObject({ collectionArn: z.string() }).optional(),
        opensearchManagedClusterConfiguration: z.looseObject({ domainArn: z.string() }).optional(),
      })
      .optional(),
    failureReasons: z.array(z.string()).optional(),
    dataSources: z.array(dataSourceSchema).default([]),
    tags,
  }),
);

const guardrailConfiguration = z.strictObject({
  guardrailIdentifier: z.string().min(1),
  guardrailVersion: z.string().min(1),
});

/** A flow node; the prompt and knowledge-base nodes' guardrail settings are typed, the rest is echoed. */
const flowNode = z.looseObject({
  name: z.string().min(1),
  type: z.string().min(1),
  configuration: z
    .looseObject({
      prompt: z.looseObject({ guardrailConfiguration: guardrailConfiguration.optional() }).optional(),
      knowledgeBase: z
        .looseObject({
          knowledgeBaseId: z.string().min(1),
          modelId: z.string().optional(),
          guardrailConfiguration: guardrailConfiguration.optional(),
        })
        .optional(),
    })
    .optional(),
});

export const flowSchema = z.strictObject({
  name: z.string().min(1).max(50),
  id: z.string().optional(),
  arn: z.string().optional(),
  description: z.string().optional(),
  executionRoleArn: z.string().default("arn:aws:iam::111122223333:role/BedrockFlowRole"),
  customerEncryptionKeyArn: z.string().optional(),
  status: z.enum(["Failed", "Prepared", "Preparing", "NotPrepared"]).default("Prepared"),
  version: z.string().default("DRAFT"),
  createdAt: timestamp,
  updatedAt: timestamp,
  definition: z
    .looseObject({ nodes: z.array(flowNode).default([]), connections: z.array(anything).default([]) })
    .optional(),
  tags,
});

export const promptSchema = z.strictObject({
  name: z.string().min(1).max(100),
  id: z.string().optional(),
  arn: z.string().optional(),
  description: z.string().optional(),
  customerEncryptionKeyArn: z.string().optional(),
  defaultVariant: z.string().optional(),
  variants: z.array(anything).optional(),
  version: z.string().default("DRAFT"),
  createdAt: timestamp,
  updatedAt: timestamp,
  tags,
});

/** A batch inference job, as ListModelInvocationJobs summarises it (`aws bedrock get-model-invocation-job`). */
export const invocationJobSchema = z.strictObject({
  jobName: z.string().min(1).max(63),
  jobArn: z.string().optional(),
  modelId: z.string().min(1),
  roleArn: z.string().default("arn:aws:iam::111122223333:role/BedrockBatchRole"),
  status: z
    .enum([
      "Submitted",
      "InProgress",
      "Completed",
      "Failed",
      "Stopping",
      "Stopped",
      "PartiallyCompleted",
      "Expired",
      "Validating",
      "Scheduled",
    ])
    .default("Completed"),
  message: z.string().optional(),
  submitTime: timestamp,
  lastModifiedTime: timestamp,
  endTime: z.string().optional(),
  inputDataConfig: z.strictObject({
    s3InputDataConfig: z.looseObject({ s3Uri: z.string().startsWith("s3://") }),
  }),
  outputDataConfig: z.strictObject({
    s3OutputDataConfig: z.strictObject({
      s3Uri: z.string().startsWith("s3://"),
      s3EncryptionKeyId: z.string().optional(),
      s3BucketOwner: z.string().optional(),
    }),
  }),
  vpcConfig: anything.optional(),
  timeoutDurationInHours: z.number().int().optional(),
});

export const bedrockRegionSchema = z.strictObject({
  /** Absent: invocation logging was never configured (the API then answers `{}`). */
  loggingConfig: z
    .preprocess(
      (v) =>
        v && typeof v === "object" && "loggingConfig" in v
          ? (v as { loggingConfig: unknown }).loggingConfig
          : v,
      loggingConfigSchema,
    )
    .optional(),
  customModels: z.array(customModelSchema).default([]),
  guardrails: z.array(guardrailSchema).default([]),
  agents: z.array(agentSchema).default([]),
  knowledgeBases: z.array(knowledgeBaseSchema).default([]),
  flows: z.array(flowSchema).default([]),
  prompts: z.array(promptSchema).default([]),
  modelInvocationJobs: z.array(invocationJobSchema).default([]),
});

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

export const bedrockSchema = z
  .record(z.string(), bedrockRegionSchema)
  .superRefine((regions, ctx) => {
    for (const key of Object.keys(regions))
      if (!REGION.test(key))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${key}" is not a region name such as us-east-1`,
        });
  })
  // Optional, so estates (and the built-in default account) without Bedrock stay valid.
  .optional();

export type BedrockRegion = z.output<typeof bedrockRegionSchema>;
export type BedrockCustomModel = z.output<typeof customModelSchema>;
export type BedrockGuardrail = z.output<typeof guardrailSchema>;
export type BedrockAgent = z.output<typeof agentSchema>;
export type BedrockKnowledgeBase = z.output<typeof knowledgeBaseSchema>;
export type BedrockDataSource = z.output<typeof dataSourceSchema>;
export type BedrockFlow = z.output<typeof flowSchema>;
export type BedrockPrompt = z.output<typeof promptSchema>;

export const bedrockEstate = estateSection("bedrock", bedrockSchema);
