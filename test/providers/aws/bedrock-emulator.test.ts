// The emulated Bedrock and Bedrock Agent as the SDK sees them: the services' own error codes and statuses,
// nextToken pagination that refuses forged tokens, the read-only guard, and estate validation.
import {
  BedrockClient,
  GetGuardrailCommand,
  GetModelInvocationLoggingConfigurationCommand,
  ListCustomModelsCommand,
} from "@aws-sdk/client-bedrock";
import {
  BedrockAgentClient,
  CreateAgentCommand,
  GetAgentCommand,
  ListAgentsCommand,
  ListKnowledgeBasesCommand,
} from "@aws-sdk/client-bedrock-agent";
import { afterEach, describe, expect, it } from "vitest";
import { parseEstate, startEmulator, type Emulator, type EstateInput } from "../../../mocks/index.js";

const ESTATE: EstateInput = {
  aws: {
    accounts: [
      {
        id: "111122223333",
        bedrock: {
          "us-east-1": {
            loggingConfig: { s3Config: { bucketName: "logs" }, textDataDeliveryEnabled: true },
            customModels: [{ modelName: "a" }, { modelName: "b" }, { modelName: "c" }],
            guardrails: [{ name: "g", guardrailId: "guardrail0001" }],
            // The CLI's wrapped form is accepted.
            agents: [{ agent: { agentName: "support", agentId: "AGENT00001" }, tags: { team: "x" } }],
          },
        },
      },
    ],
  },
};

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function clients(options: { pageSize?: number; maxAttempts?: number } = {}, region = "us-east-1") {
  emulator = await startEmulator({
    estate: ESTATE,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const config = {
    region,
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: options.maxAttempts ?? 1,
  };
  return { bedrock: new BedrockClient(config), agent: new BedrockAgentClient(config), emu: emulator };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode };
  }
  throw new Error("expected the call to fail");
}

describe("emulated Bedrock", () => {
  it("answers {} for a region where invocation logging was never configured", async () => {
    const { bedrock } = await clients({}, "eu-north-1");
    const reply = await bedrock.send(new GetModelInvocationLoggingConfigurationCommand({}));
    expect(reply.loggingConfig).toBeUndefined();
    const agent = new BedrockAgentClient({
      region: "eu-north-1",
      endpoint: emulator!.endpoint,
      credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" },
    });
    expect((await agent.send(new ListKnowledgeBasesCommand({}))).knowledgeBaseSummaries).toEqual([]);
  });

  it("pages with nextToken and refuses forged, foreign or out-of-range paging input", async () => {
    const { bedrock, agent } = await clients({ pageSize: 2 });
    const first = await bedrock.send(new ListCustomModelsCommand({ maxResults: 1000 }));
    expect(first.modelSummaries?.map((m) => m.modelName)).toHaveLength(2);
    const second = await bedrock.send(new ListCustomModelsCommand({ nextToken: first.nextToken }));
    expect(second.modelSummaries).toHaveLength(1);
    expect(second.nextToken).toBeUndefined();
    expect(await failure(bedrock.send(new ListCustomModelsCommand({ nextToken: "forged" })))).toEqual({
      name: "ValidationException",
      status: 400,
    });
    // A token is bound to the operation that issued it.
    expect(await failure(agent.send(new ListAgentsCommand({ nextToken: first.nextToken })))).toMatchObject({
      name: "ValidationException",
    });
    expect(await failure(agent.send(new ListAgentsCommand({ maxResults: 0 })))).toMatchObject({
      name: "ValidationException",
    });
  });

  it("uses the services' own error codes", async () => {
    const { bedrock, agent, emu } = await clients();
    expect(await failure(agent.send(new GetAgentCommand({ agentId: "NOSUCHAGNT" })))).toEqual({
      name: "ResourceNotFoundException",
      status: 404,
    });
    expect(
      await failure(
        bedrock.send(
          new GetGuardrailCommand({ guardrailIdentifier: "guardrail0001", guardrailVersion: "7" }),
        ),
      ),
    ).toMatchObject({
      name: "ResourceNotFoundException",
    });
    expect(await failure(agent.send(new CreateAgentCommand({ agentName: "x" })))).toEqual({
      name: "AccessDeniedException",
      status: 403,
    });
    expect(emu.writesAttempted()).toEqual(["bedrock-agent:PutAgents"]);
  });

  it("throttles with ThrottlingException (429) and denies with AccessDeniedException (403)", async () => {
    emulator = await startEmulator({
      estate: ESTATE,
      faults: {
        throttle: [{ service: "bedrock-agent", operation: "GetAgent", firstAttempts: 5 }],
        accessDenied: [{ service: "bedrock", operation: "GetGuardrail", resource: "guardrail0001" }],
      },
    });
    const config = {
      region: "us-east-1",
      endpoint: emulator.endpoint,
      credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" },
      maxAttempts: 1,
    };
    const agent = new BedrockAgentClient(config);
    const bedrock = new BedrockClient(config);
    expect(await failure(agent.send(new GetAgentCommand({ agentId: "AGENT00001" })))).toEqual({
      name: "ThrottlingException",
      status: 429,
    });
    expect(
      await failure(bedrock.send(new GetGuardrailCommand({ guardrailIdentifier: "guardrail0001" }))),
    ).toEqual({
      name: "AccessDeniedException",
      status: 403,
    });
  });

  it("validates the estate: a misspelt field is an error naming its path, not a silent default", () => {
    const text = [
      "aws:",
      "  accounts:",
      '    - id: "111122223333"',
      "      bedrock:",
      "        us-east-1:",
      "          agents:",
      "            - agentName: a",
      "              guardrailConfiguraton: { guardrailIdentifier: g, guardrailVersion: '1' }",
    ].join("\n");
    expect(() => parseEstate(text, "typo.yaml")).toThrow(
      /typo\.yaml:7: aws\.accounts\[0\]\.bedrock\.us-east-1\.agents\[0\]: unknown field\(s\) guardrailConfiguraton/,
    );
    const region = text
      .replace("us-east-1", "mars-1")
      .replace("guardrailConfiguraton", "guardrailConfiguration");
    expect(() => parseEstate(region, "region.yaml")).toThrow(
      /region\.yaml:\d+: aws\.accounts\[0\]\.bedrock\.mars-1: "mars-1" is not a region name/,
    );
  });
});
