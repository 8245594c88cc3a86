// SageMaker normalization from plain inventory records: the service rules the checks rely on (defaults, local
// NVMe storage, AWS managed keys, capture summaries), without the emulator.
import { describe, expect, it } from "vitest";
import { awsProvider } from "../../../providers/aws/index.js";
import type { Asset } from "../../../src/model/asset.js";
import { emptyInventory, type Inventory, type InventoryRecord } from "../../../src/model/inventory.js";

const ACCOUNT = "111122223333";
const ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT}`;

function record(
  resourceType: string,
  type: string,
  name: string,
  replies: Record<string, unknown>,
): InventoryRecord {
  return {
    provider: "aws",
    account: ACCOUNT,
    region: "us-east-1",
    service: "sagemaker",
    resourceType: `aws.sagemaker.${resourceType}`,
    resourceId: `${ARN}:${type}/${name}`,
    name,
    replies,
  };
}

function normalize(records: InventoryRecord[], errors: Inventory["errors"] = []): Asset[] {
  const inventory = emptyInventory("2026-11-26T00:00:00.000Z");
  inventory.records.push(...records);
  inventory.errors.push(...errors);
  const result = awsProvider.normalize(inventory);
  expect(result.errors).toEqual([]);
  return result.assets;
}

const one = <K extends Asset["kind"]>(assets: Asset[], kind: K) =>
  assets.find((a) => a.kind === kind) as Extract<Asset, { kind: K }>;

describe("SageMaker normalization", () => {
  it("treats a key-less endpoint with any local-NVMe variant as hardware-encrypted, since no key is possible", () => {
    const endpoint = one(
      normalize([
        record("endpoint", "endpoint", "mixed", {
          DescribeEndpoint: {
            EndpointConfigName: "mixed-config",
            ProductionVariants: [
              { VariantName: "a", CurrentInstanceCount: 2 },
              { VariantName: "b", CurrentInstanceCount: 2 },
            ],
            // The summary reports an empty KmsKeyId when none is set.
            DataCaptureConfig: { EnableCapture: true, DestinationS3Uri: "s3://cap/x/", KmsKeyId: "" },
          },
          DescribeEndpointConfig: {
            ProductionVariants: [
              { VariantName: "a", ModelName: "m", InstanceType: "ml.m5.large", InitialInstanceCount: 2 },
              { VariantName: "b", ModelName: "m", InstanceType: "ml.g5.2xlarge", InitialInstanceCount: 2 },
            ],
          },
        }),
      ]),
      "model-endpoint",
    );
    expect(endpoint.volumeEncryption).toMatchObject({ customerKeySupported: false, keyManager: "provider" });
    expect(endpoint.dataCapture).toMatchObject({
      enabled: true,
      keyManager: "provider",
      destination: "s3://cap/x/",
    });
    expect(endpoint.relations).toEqual([
      { type: "serves-model", target: `${ARN}:model/m`, detail: "variant a; variant b" },
      { type: "logs-to", target: "arn:aws:s3:::cap", detail: "data capture: s3://cap/x/" },
    ]);
  });

  it("does not count an AWS managed key alias as customer-managed", () => {
    const job = one(
      normalize([
        record("training-job", "training-job", "j", {
          DescribeTrainingJob: {
            ResourceConfig: {
              InstanceType: "ml.m5.xlarge",
              InstanceCount: 1,
              VolumeKmsKeyId: "alias/aws/ebs",
            },
            OutputDataConfig: { S3OutputPath: "s3://out/" },
          },
        }),
      ]),
      "training-job",
    );
    expect(job.volumeEncryption).toMatchObject({ keyManager: "provider", customerKeySupported: true });
    expect(job.outputEncryption).toMatchObject({ keyManager: "provider", destination: "s3://out/" });
  });

  it("reads p4d training volumes as local NVMe and sums instance groups", () => {
    const job = one(
      normalize([
        record("training-job", "training-job", "hetero", {
          DescribeTrainingJob: {
            ResourceConfig: {
              InstanceGroups: [
                { InstanceGroupName: "gpu", InstanceType: "ml.p4d.24xlarge", InstanceCount: 2 },
                { InstanceGroupName: "cpu", InstanceType: "ml.c5.18xlarge", InstanceCount: 1 },
              ],
            },
          },
        }),
      ]),
      "training-job",
    );
    expect(job.compute).toEqual({ instanceCount: 3, instanceTypes: ["ml.p4d.24xlarge", "ml.c5.18xlarge"] });
    expect(job.volumeEncryption).toMatchObject({ customerKeySupported: false });
  });

  it("applies the documented defaults when a reply omits a setting", () => {
    const assets = normalize([
      record("notebook-instance", "notebook-instance", "nb", { DescribeNotebookInstance: {} }),
      record("domain", "domain", "studio", {
        ListDomains: { DomainId: "d-1" },
        DescribeDomain: { DomainId: "d-1" },
      }),
    ]);
    expect(one(assets, "notebook")).toMatchObject({
      internetAccess: { direct: true },
      rootAccess: { enabled: true },
      network: { customerNetwork: false },
    });
    expect(one(assets, "ml-workspace")).toMatchObject({
      publicNetwork: { enabled: true },
      encryptionAtRest: { keyManager: "provider" },
    });
  });

  it("makes every property of an unreadable resource unknown with the failed call's reason", () => {
    const notebook = one(
      normalize(
        [
          record("notebook-instance", "notebook-instance", "nb", {
            ListNotebookInstances: { NotebookInstanceName: "nb" },
          }),
        ],
        [
          {
            provider: "aws",
            account: ACCOUNT,
            region: "us-east-1",
            service: "sagemaker",
            operation: "DescribeNotebookInstance",
            resource: "nb",
            code: "AccessDeniedException",
            message: "denied",
          },
        ],
      ),
      "notebook",
    );
    for (const key of ["internetAccess", "rootAccess", "volumeEncryption", "network"] as const)
      expect(notebook[key], key).toEqual({
        unknown: true,
        reason: "DescribeNotebookInstance failed: AccessDeniedException",
      });
  });
});
