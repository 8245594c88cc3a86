// Amazon Bedrock AgentCore estate, keyed by region: the replies of `aws bedrock-agentcore-control
// get-agent-runtime`, `get-gateway`, `get-memory` (its `memory`), `get-browser` and `get-code-interpreter`, so
// real CLI output pastes in. Ids and ARNs may be left out (the emulator mints them from the names). The fields
// the checks read are typed, so a typo such as `networkMod` is an error instead of silently meaning "no
// network mode"; the rest is echoed as given. Only custom browsers and code interpreters belong here: the
// system ones (aws.browser.v1, aws.codeinterpreter.v1) exist in every region.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const timestamp = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date")
  .default("2025-10-01T00:00:00Z");
const anything = z.unknown();
const vpcConfig = z.strictObject({
  securityGroups: z.array(z.string()).min(1),
  subnets: z.array(z.string()).min(1),
  requireServiceS3Endpoint: z.boolean().optional(),
});
const jwtAuthorizer = z.strictObject({
  customJWTAuthorizer: z.looseObject({ discoveryUrl: z.string().url() }),
});

export const runtimeSchema = z.looseObject({
  agentRuntimeName: z.string().min(1),
  agentRuntimeId: z.string().optional(),
  agentRuntimeArn: z.string().optional(),
  agentRuntimeVersion: z.string().default("1"),
  roleArn: z.string().default("arn:aws:iam::111122223333:role/AgentCoreRuntimeRole"),
  status: z
    .enum(["CREATING", "CREATE_FAILED", "UPDATING", "UPDATE_FAILED", "READY", "DELETING"])
    .default("READY"),
  networkConfiguration: z.strictObject({
    networkMode: z.enum(["PUBLIC", "VPC"]),
    networkModeConfig: vpcConfig.optional(),
  }),
  authorizerConfiguration: jwtAuthorizer.optional(),
  lifecycleConfiguration: anything.default({ idleRuntimeSessionTimeout: 900, maxLifetime: 28800 }),
  createdAt: timestamp,
  lastUpdatedAt: timestamp,
});

export const gatewaySchema = z.looseObject({
  name: z.string().min(1),
  gatewayId: z.string().optional(),
  gatewayArn: z.string().optional(),
  status: z
    .enum(["CREATING", "UPDATING", "UPDATE_UNSUCCESSFUL", "DELETING", "READY", "FAILED"])
    .default("READY"),
  protocolType: z.enum(["MCP"]).default("MCP"),
  authorizerType: z.enum(["CUSTOM_JWT", "AWS_IAM", "NONE", "AUTHENTICATE_ONLY"]),
  authorizerConfiguration: jwtAuthorizer.optional(),
  kmsKeyArn: z.string().optional(),
  roleArn: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const memorySchema = z.preprocess(
  (v) => (v && typeof v === "object" && "memory" in v ? (v as { memory: unknown }).memory : v),
  z.looseObject({
    name: z.string().min(1),
    id: z.string().optional(),
    arn: z.string().optional(),
    encryptionKeyArn: z.string().optional(),
    eventExpiryDuration: z.number().int().default(90),
    status: z.enum(["CREATING", "ACTIVE", "FAILED", "DELETING"]).default("ACTIVE"),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const browserSchema = z.looseObject({
  name: z.string().min(1),
  browserId: z.string().optional(),
  browserArn: z.string().optional(),
  networkConfiguration: z.strictObject({
    networkMode: z.enum(["PUBLIC", "VPC"]),
    vpcConfig: vpcConfig.optional(),
  }),
  recording: z
    .strictObject({
      enabled: z.boolean().optional(),
      s3Location: z.strictObject({ bucket: z.string().min(3), prefix: z.string() }).optional(),
    })
    .optional(),
  status: z
    .enum(["CREATING", "CREATE_FAILED", "READY", "DELETING", "DELETE_FAILED", "DELETED"])
    .default("READY"),
  createdAt: timestamp,
  lastUpdatedAt: timestamp,
});

export const codeInterpreterSchema = z.looseObject({
  name: z.string().min(1),
  codeInterpreterId: z.string().optional(),
  codeInterpreterArn: z.string().optional(),
  networkConfiguration: z.strictObject({
    networkMode: z.enum(["PUBLIC", "SANDBOX", "VPC"]),
    vpcConfig: vpcConfig.optional(),
  }),
  status: z
    .enum(["CREATING", "CREATE_FAILED", "READY", "DELETING", "DELETE_FAILED", "DELETED"])
    .default("READY"),
  createdAt: timestamp,
  lastUpdatedAt: timestamp,
});

export const agentCoreRegionSchema = z.strictObject({
  runtimes: z.array(runtimeSchema).default([]),
  gateways: z.array(gatewaySchema).default([]),
  memories: z.array(memorySchema).default([]),
  browsers: z.array(browserSchema).default([]),
  codeInterpreters: z.array(codeInterpreterSchema).default([]),
});

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

export const agentCoreSchema = z
  .record(z.string(), agentCoreRegionSchema)
  .superRefine((regions, ctx) => {
    for (const key of Object.keys(regions))
      if (!REGION.test(key))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${key}" is not a region name such as us-east-1`,
        });
  })
  // Optional, so estates without AgentCore stay valid.
  .optional();

export type AgentCoreRegion = z.output<typeof agentCoreRegionSchema>;

export const agentCoreEstate = estateSection("bedrockAgentCore", agentCoreSchema);
