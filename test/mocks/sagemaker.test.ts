// The SageMaker emulator through the real @aws-sdk/client-sagemaker: awsJson 1.1 routing, List* pagination and
// sorting, the service's own not-found errors, regions, timestamps, the read-only guard and estate validation.
import {
  CreateEndpointCommand,
  DescribeDomainCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeNotebookInstanceCommand,
  DescribeTrainingJobCommand,
  ListDomainsCommand,
  ListEndpointsCommand,
  ListTrainingJobsCommand,
  SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it } from "vitest";
import { parseEstate, startEmulator, type Emulator, type EstateInput } from "../../mocks/index.js";
import { credentials, sdkError } from "./helpers.js";

const ACCOUNT = "111122223333";

const ESTATE: EstateInput = {
  aws: {
    accounts: [
      {
        id: ACCOUNT,
        sagemaker: {
          endpoints: [
            {
              EndpointName: "alpha",
              EndpointConfigName: "alpha-config",
              CreationTime: "2026-01-01T00:00:00Z",
            },
            {
              EndpointName: "bravo",
              EndpointConfigName: "bravo-config",
              CreationTime: "2026-03-01T00:00:00Z",
            },
            {
              EndpointName: "charlie",
              EndpointConfigName: "gone-config",
              CreationTime: "2026-02-01T00:00:00Z",
              EndpointStatus: "Failed",
            },
            { region: "us-west-2", EndpointName: "west", EndpointConfigName: "alpha-config" },
          ],
          endpointConfigs: [
            {
              EndpointConfigName: "alpha-config",
              ProductionVariants: [
                {
                  VariantName: "AllTraffic",
                  ModelName: "m1",
                  InstanceType: "ml.m5.large",
                  InitialInstanceCount: 3,
                },
              ],
              DataCaptureConfig: {
                InitialSamplingPercentage: 50,
                DestinationS3Uri: "s3://capture/alpha/",
                CaptureOptions: [{ CaptureMode: "Input" }],
              },
            },
            {
              EndpointConfigName: "bravo-config",
              ProductionVariants: [
                {
                  VariantName: "AllTraffic",
                  ModelName: "m1",
                  ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 },
                },
              ],
            },
          ],
          models: [
            {
              ModelName: "m1",
              PrimaryContainer: { Image: "img:1" },
              CreationTime: "2026-01-01T00:00:00.000000+00:00",
            },
          ],
          notebookInstances: [{ NotebookInstanceName: "nb" }],
          trainingJobs: [
            { TrainingJobName: "recent" },
            { TrainingJobName: "ancient", CreationTime: "2023-05-01T00:00:00Z" },
          ],
          domains: [
            { DomainId: "d-east0001", DomainName: "east-studio" },
            { region: "us-west-2", DomainId: "d-west0001", DomainName: "west-studio" },
          ],
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

async function client(
  region = "us-east-1",
  options: Parameters<typeof startEmulator>[0] extends infer O ? Partial<O> : never = {},
) {
  emulator ??= await startEmulator({ estate: ESTATE, ...options });
  return new SageMakerClient({ endpoint: emulator.endpoint, region, credentials, maxAttempts: 1 });
}

describe("SageMaker emulator", () => {
  it("lists endpoints newest first by default, one page per MaxResults, with a working NextToken", async () => {
    const sm = await client();
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await sm.send(new ListEndpointsCommand({ MaxResults: 1, NextToken: token }));
      expect(page.Endpoints?.length).toBeLessThanOrEqual(1);
      names.push(...(page.Endpoints ?? []).map((e) => e.EndpointName ?? ""));
      token = page.NextToken;
      pages++;
    } while (token);
    expect(names).toEqual(["bravo", "charlie", "alpha"]);
    expect(pages).toBe(3);
    const sorted = await sm.send(new ListEndpointsCommand({ SortBy: "Name", SortOrder: "Ascending" }));
    expect(sorted.Endpoints?.map((e) => e.EndpointName)).toEqual(["alpha", "bravo", "charlie"]);
    const failed = await sm.send(new ListEndpointsCommand({ StatusEquals: "Failed" }));
    expect(failed.Endpoints?.map((e) => e.EndpointName)).toEqual(["charlie"]);
    expect(failed.Endpoints?.[0]?.CreationTime).toEqual(new Date("2026-02-01T00:00:00Z"));
  });

  it("applies the emulator's page size even when the caller asks for 100", async () => {
    const sm = await client("us-east-1", { pageSize: 2 });
    const first = await sm.send(new ListEndpointsCommand({ MaxResults: 100 }));
    expect(first.Endpoints).toHaveLength(2);
    expect(first.NextToken).toBeDefined();
  });

  it("refuses a forged or foreign NextToken and an out-of-range MaxResults with ValidationException", async () => {
    const sm = await client();
    const page = await sm.send(new ListEndpointsCommand({ MaxResults: 1 }));
    const foreign = await sdkError(sm.send(new ListTrainingJobsCommand({ NextToken: page.NextToken })));
    expect(foreign).toMatchObject({ name: "ValidationException", status: 400 });
    expect((await sdkError(sm.send(new ListEndpointsCommand({ NextToken: "bm90LWEtdG9rZW4" })))).name).toBe(
      "ValidationException",
    );
    expect((await sdkError(sm.send(new ListEndpointsCommand({ MaxResults: 101 })))).error.message).toMatch(
      /maxResults/,
    );
  });

  it("filters training jobs by CreationTimeAfter (a job without CreationTime is recent)", async () => {
    const sm = await client();
    const after = new Date(Date.now() - 90 * 24 * 3600 * 1000);
    const recent = await sm.send(new ListTrainingJobsCommand({ CreationTimeAfter: after }));
    expect(recent.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(["recent"]);
    const all = await sm.send(new ListTrainingJobsCommand({}));
    expect(all.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(["ancient", "recent"]);
  });

  it("derives the live endpoint view from its configuration", async () => {
    const sm = await client();
    const alpha = await sm.send(new DescribeEndpointCommand({ EndpointName: "ALPHA" }));
    expect(alpha.EndpointArn).toBe(`arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/alpha`);
    expect(alpha.ProductionVariants?.[0]).toMatchObject({
      VariantName: "AllTraffic",
      CurrentInstanceCount: 3,
    });
    expect(alpha.DataCaptureConfig).toMatchObject({
      EnableCapture: true,
      CaptureStatus: "Started",
      CurrentSamplingPercentage: 50,
      DestinationS3Uri: "s3://capture/alpha/",
    });
    const bravo = await sm.send(new DescribeEndpointCommand({ EndpointName: "bravo" }));
    expect(bravo.ProductionVariants?.[0]?.CurrentServerlessConfig).toEqual({
      MemorySizeInMB: 2048,
      MaxConcurrency: 5,
    });
    const model = await sm.send(new DescribeModelCommand({ ModelName: "m1" }));
    expect(model.CreationTime).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(model.ModelArn).toBe(`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/m1`);
  });

  it("answers missing resources with SageMaker's own errors", async () => {
    const sm = await client();
    const endpoint = await sdkError(sm.send(new DescribeEndpointCommand({ EndpointName: "nope" })));
    expect(endpoint).toMatchObject({ name: "ValidationException", status: 400 });
    expect(endpoint.error.message).toBe(
      `Could not find endpoint "arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/nope".`,
    );
    const config = await sdkError(
      sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: "gone-config" })),
    );
    expect(config.error.message).toMatch(/^Could not find endpoint configuration/);
    expect((await sdkError(sm.send(new DescribeModelCommand({ ModelName: "nope" })))).error.message).toMatch(
      /^Could not find model/,
    );
    const notebook = await sdkError(
      sm.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: "nope" })),
    );
    expect(notebook).toMatchObject({ name: "ValidationException" });
    expect(notebook.error.message).toBe("RecordNotFound");
    expect((await sdkError(sm.send(new DescribeTrainingJobCommand({ TrainingJobName: "nope" })))).name).toBe(
      "ResourceNotFound",
    );
    expect((await sdkError(sm.send(new DescribeDomainCommand({ DomainId: "d-nope" })))).name).toBe(
      "ResourceNotFound",
    );
  });

  it("keeps each region's resources to that region", async () => {
    const east = await client("us-east-1");
    const west = await client("us-west-2");
    expect((await east.send(new ListDomainsCommand({}))).Domains?.map((d) => d.DomainName)).toEqual([
      "east-studio",
    ]);
    const westDomains = await west.send(new ListDomainsCommand({}));
    expect(westDomains.Domains?.map((d) => d.DomainArn)).toEqual([
      `arn:aws:sagemaker:us-west-2:${ACCOUNT}:domain/d-west0001`,
    ]);
    expect((await west.send(new ListEndpointsCommand({}))).Endpoints?.map((e) => e.EndpointName)).toEqual([
      "west",
    ]);
    expect((await sdkError(east.send(new DescribeDomainCommand({ DomainId: "d-west0001" })))).name).toBe(
      "ResourceNotFound",
    );
  });

  it("refuses writes and records them, and throttles with ThrottlingException", async () => {
    const sm = await client("us-east-1", {
      faults: {
        throttle: [
          { service: "sagemaker", operation: "DescribeModel", firstAttempts: 1, retryAfterSeconds: 0 },
        ],
      },
    });
    const write = await sdkError(
      sm.send(new CreateEndpointCommand({ EndpointName: "x", EndpointConfigName: "alpha-config" })),
    );
    expect(write).toMatchObject({ name: "AccessDeniedException", status: 400 });
    expect(emulator?.writesAttempted()).toEqual(["sagemaker:CreateEndpoint x"]);
    expect((await sdkError(sm.send(new DescribeModelCommand({ ModelName: "m1" })))).name).toBe(
      "ThrottlingException",
    );
    expect((await sm.send(new DescribeModelCommand({ ModelName: "m1" }))).ModelName).toBe("m1");
    expect(emulator?.calls()["sagemaker:DescribeModel"]).toBe(2);
  });

  it("rejects an estate with a misspelt field, naming the line", () => {
    const text = [
      "aws:",
      "  accounts:",
      '    - id: "111122223333"',
      "      sagemaker:",
      "        notebookInstances:",
      "          - NotebookInstanceName: nb",
      "            KmsKeyID: arn:aws:kms:us-east-1:111122223333:key/k",
    ].join("\n");
    expect(() => parseEstate(text, "bad.yaml")).toThrow(/bad\.yaml:\d+: .*notebookInstances\[0\]/);
  });
});
