// The private ECR images SageMaker runs, through the official ECR client against the emulated cloud: the
// manifest (BatchGetImage), the registry's scan findings page by page, and image.ai-package-vulnerable's verdict.
// An image never scanned or a scan still running is unknown; another account's image is not read.
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import type { EstateInput } from "../../../mocks/estate/schema.js";
import { collectAwsAccount } from "../../../providers/aws/collect.js";
import { normalizeAws } from "../../../providers/aws/normalize.js";
import { evaluateAssets } from "../../../src/engine/evaluate.js";
import type { ContainerImageAsset } from "../../../src/model/assets/container-image.js";

const ACCOUNT = "111122223333";
const REGISTRY = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const basic = (name: string, severity: string, pkg: string, version: string) => ({
  name,
  severity,
  attributes: [
    { key: "package_name", value: pkg },
    { key: "package_version", value: version },
  ],
});
const COMPLETE = { status: "COMPLETE", description: "The scan was completed successfully." };

const IMAGES = {
  vulnerable: `${REGISTRY}/scorer:1.0`,
  patched: `${REGISTRY}/scorer:2.0`,
  unscanned: `${REGISTRY}/scorer:3.0`,
  running: `${REGISTRY}/scorer@${digest("4")}`,
  foreign: "999988887777.dkr.ecr.us-east-1.amazonaws.com/shared:1.0",
} as const;

const ESTATE: EstateInput = {
  aws: {
    accounts: [
      {
        id: ACCOUNT,
        ecr: {
          repositories: [
            {
              repositoryName: "scorer",
              images: [
                {
                  imageTags: ["1.0"],
                  imageDigest: digest("1"),
                  scan: {
                    imageScanStatus: COMPLETE,
                    imageScanFindings: {
                      imageScanCompletedAt: "2026-11-30T10:00:00Z",
                      findings: [
                        basic("CVE-2023-4863", "HIGH", "libwebp", "1.2.4"),
                        basic("CVE-2024-3568", "UNDEFINED", "transformers", "4.37.0"),
                      ],
                      enhancedFindings: [
                        {
                          severity: "CRITICAL",
                          packageVulnerabilityDetails: {
                            vulnerabilityId: "CVE-2025-32434",
                            vulnerablePackages: [
                              {
                                name: "torch",
                                version: "2.1.0",
                                packageManager: "PYTHONPKG",
                                fixedInVersion: "2.6.0",
                              },
                            ],
                          },
                        },
                      ],
                    },
                  },
                },
                {
                  imageTags: ["2.0"],
                  imageDigest: digest("2"),
                  scan: {
                    imageScanStatus: COMPLETE,
                    imageScanFindings: { findings: [basic("CVE-2023-4863", "HIGH", "libwebp", "1.2.4")] },
                  },
                },
                { imageTags: ["3.0"], imageDigest: digest("3") },
                { imageDigest: digest("4"), scan: { imageScanStatus: { status: "IN_PROGRESS" } } },
              ],
            },
          ],
        },
        sagemaker: {
          endpoints: Object.keys(IMAGES).map((n) => ({ EndpointName: n, EndpointConfigName: `${n}-config` })),
          endpointConfigs: Object.keys(IMAGES).map((n) => ({
            EndpointConfigName: `${n}-config`,
            ProductionVariants: [
              {
                VariantName: "AllTraffic",
                ModelName: n,
                InstanceType: "ml.m5.large",
                InitialInstanceCount: 1,
              },
            ],
          })),
          models: Object.entries(IMAGES).map(([n, image]) => ({
            ModelName: n,
            PrimaryContainer: { Image: image },
            ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
          })),
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

describe("ECR images over the wire", () => {
  it("reads the account's own images SageMaker runs and judges their AI packages from the registry's scan", async () => {
    emulator = await startEmulator({ estate: ESTATE, pageSize: 1 });
    const inventory = await collectAwsAccount(
      { endpoint: emulator.endpoint, concurrency: 4, maxAttempts: 2, regions: ["us-east-1"] },
      pLimit(4),
    );
    const { assets, errors } = normalizeAws(inventory);
    expect(errors).toEqual([]);
    expect(inventory.errors).toEqual([]);
    const images = assets.filter((a): a is ContainerImageAsset => a.kind === "container-image");
    // The other account's image is not read.
    expect(images.map((i) => i.uri).sort()).toEqual(
      [IMAGES.patched, IMAGES.running, IMAGES.unscanned, IMAGES.vulnerable].sort(),
    );
    expect(images.find((i) => i.uri === IMAGES.vulnerable)?.manifest).toMatchObject({
      digest: digest("1"),
      layers: 1,
    });

    const findings = evaluateAssets(assets, ALL_CHECKS);
    const verdict = (uri: string) =>
      findings.find((f) => f.checkId === "image.ai-package-vulnerable" && f.resource.name === uri);
    const vulnerable = verdict(IMAGES.vulnerable)!;
    expect([vulnerable.status, vulnerable.severity]).toEqual(["fail", "critical"]);
    expect(vulnerable.message).toContain("torch 2.1.0: CVE-2025-32434 (critical; fixed in 2.6.0)");
    // UNDEFINED at the registry: OSV's advisory for the same CVE gives the severity.
    expect(vulnerable.message).toMatch(/transformers 4\.37\.0: CVE-2024-3568 \((critical|high|medium|low)/);
    expect(vulnerable.message).not.toContain("libwebp");
    expect(verdict(IMAGES.patched)?.status).toBe("pass");
    expect(verdict(IMAGES.unscanned)).toMatchObject({ status: "unknown" });
    expect(verdict(IMAGES.unscanned)?.message).toContain("no scan of this image");
    expect(verdict(IMAGES.running)?.message).toContain("IN_PROGRESS");
    // Three findings at page size 1: three pages for the vulnerable image.
    expect(emulator.calls()["ecr:DescribeImageScanFindings"]).toBe(3 + 1 + 1 + 1);
    expect(emulator.writesAttempted()).toEqual([]);
  });
});
