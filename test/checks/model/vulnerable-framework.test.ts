import { expect } from "vitest";
import vulnerableFramework from "../../../checks/model/vulnerable-framework.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { modelAsset } from "../../support/ml-assets.js";
import type { ContainerImageAsset, ImageScan } from "../../../src/model/assets/container-image.js";

const DLC = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
const image = (uri: string) =>
  modelAsset({ containers: [{ image: uri, modelDataUrl: "s3://a/model.tar.gz" }] });

const CUSTOM = "111122223333.dkr.ecr.us-east-1.amazonaws.com/scorer:2026.05.1";

/** The custom image as read from its registry (ECR), with the scan's findings. */
function registryImage(scan: ImageScan | null): ContainerImageAsset {
  return {
    id: "arn:aws:ecr:us-east-1:111122223333:repository/scorer:2026.05.1",
    kind: "container-image",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    type: "aws.ecr.image",
    name: CUSTOM,
    tags: unknown("not read"),
    relations: [],
    raw: {},
    uri: CUSTOM,
    usedBy: [],
    manifest: { layers: 1 },
    scan,
  };
}

const scanned = (findings: ImageScan["findings"], status = "COMPLETE"): ImageScan => ({
  status,
  findings,
  unnamed: 0,
});

checkTable(vulnerableFramework, {
  valid: [
    {
      name: "custom image whose registry scan finds no AI package",
      asset: image(CUSTOM),
      neighbours: [
        registryImage(
          scanned([
            { package: "libwebp", version: "1.2.4", vulnerabilityId: "CVE-2023-4863", severity: "HIGH" },
          ]),
        ),
      ],
      messageId: "noAdvisory",
      data: { components: expect.stringContaining("no AI package finding in the registry's scan") },
    },
    {
      name: "PyTorch 2.10.0 DLC",
      messageId: "noAdvisory",
      asset: image(`${DLC}/pytorch-inference:2.10.0-gpu-py312-cu128-ubuntu22.04-sagemaker`),
    },
    {
      name: "TensorFlow 2.16.1 DLC",
      messageId: "noAdvisory",
      asset: image(`${DLC}/tensorflow-inference:2.16.1-cpu`),
    },
    {
      name: "Hugging Face DLC, PyTorch 2.10.0 with transformers 5.3.0",
      messageId: "noAdvisory",
      asset: image(
        `${DLC}/huggingface-pytorch-inference:2.10.0-transformers5.3.0-gpu-py312-cu128-ubuntu22.04`,
      ),
    },
    {
      name: "an inference pipeline whose containers are all clear",
      messageId: "noAdvisory",
      asset: modelAsset({
        containers: [
          { image: `${DLC}/pytorch-inference:2.10.0-cpu-py312-ubuntu22.04-sagemaker` },
          { image: `${DLC}/tensorflow-inference:2.16.1-cpu` },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "custom image whose registry scan finds torch 2.1.0 (severity from the finding)",
      asset: image(CUSTOM),
      neighbours: [
        registryImage(
          scanned([
            {
              package: "torch",
              version: "2.1.0",
              vulnerabilityId: "CVE-2025-32434",
              severity: "CRITICAL",
              fixedIn: "2.6.0",
            },
          ]),
        ),
      ],
      messageId: "vulnerable",
      severity: "critical",
      data: { advisories: [expect.stringMatching(/torch 2\.1\.0: CVE-2025-32434.*registry's scan/)] },
    },
    {
      name: "PyTorch 1.13.1 DLC (CVE-2025-32434)",
      asset: image(`${DLC}/pytorch-inference:1.13.1-gpu-py39-cu117-ubuntu20.04-sagemaker`),
      messageId: "vulnerable",
      data: {
        advisories: expect.arrayContaining([
          expect.stringMatching(/pytorch 1\.13\.1 has CVE-2025-32434 .*fixed in 2\.6\.0/),
        ]),
      },
      severity: "critical",
    },
    {
      name: "PyTorch 1.12.1 has both PyTorch advisories",
      asset: image(`${DLC}/pytorch-inference:1.12.1-cpu-py38-ubuntu20.04-sagemaker`),
      messageId: "vulnerable",
      data: {
        advisories: expect.arrayContaining([
          expect.stringMatching(/CVE-2025-32434/),
          expect.stringMatching(/CVE-2022-45907/),
        ]),
      },
    },
    {
      name: "PyTorch 2.6.0: only a high advisory, and the finding is high (severity follows the advisory)",
      asset: image(`${DLC}/pytorch-inference:2.6.0-gpu-py312-cu124-ubuntu22.04-sagemaker`),
      messageId: "vulnerable",
      data: {
        advisories: [
          expect.stringMatching(/pytorch 2\.6\.0 has CVE-2026-24747 \(high: .*fixed in 2\.10\.0\)/),
        ],
      },
      severity: "high",
    },
    {
      name: "transformers 4.37.0 on a patched PyTorch: advisories of every severity are named, the worst decides",
      asset: image(
        `${DLC}/huggingface-pytorch-inference:2.10.0-transformers4.37.0-gpu-py312-cu128-ubuntu22.04`,
      ),
      messageId: "vulnerable",
      data: {
        advisories: expect.arrayContaining([
          expect.stringMatching(/transformers 4\.37\.0 has CVE-2024-3568 \(GHSA-37q5-v5qm-c9v8\)/),
        ]),
      },
      severity: "high",
    },
    {
      name: "Hugging Face DLC with transformers 4.37.0 on PyTorch 2.1.0",
      asset: image(
        `${DLC}/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04`,
      ),
      messageId: "vulnerable",
      data: {
        advisories: expect.arrayContaining([
          expect.stringMatching(/pytorch 2\.1\.0 has CVE-2025-32434/),
          expect.stringMatching(/transformers 4\.37\.0 has CVE-2024-3568/),
        ]),
      },
    },
    {
      name: "TensorFlow 2.11.0 (CVE-2023-25668, fixed in 2.11.1)",
      asset: image(`${DLC}/tensorflow-inference:2.11.0-cpu`),
      messageId: "vulnerable",
      data: {
        advisories: expect.arrayContaining([expect.stringMatching(/tensorflow 2\.11\.0 has CVE-2023-25668/)]),
      },
    },
    {
      name: "TGI DLC on PyTorch 2.1.1: the vulnerable framework decides even beside an untracked component",
      asset: image(`${DLC}/huggingface-pytorch-tgi-inference:2.1.1-tgi1.4.0-gpu-py310-cu121-ubuntu22.04`),
      messageId: "vulnerable",
      data: {
        advisories: expect.arrayContaining([expect.stringMatching(/pytorch 2\.1\.1 has CVE-2025-32434/)]),
      },
    },
    {
      name: "one vulnerable container in a pipeline with a custom one",
      asset: modelAsset({
        containers: [
          { image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/preprocess:1" },
          { image: `${DLC}/pytorch-inference:2.0.1-cpu-py310-ubuntu20.04-sagemaker` },
        ],
      }),
      messageId: "vulnerable",
      data: {
        advisories: expect.arrayContaining([expect.stringMatching(/pytorch 2\.0\.1 has CVE-2025-32434/)]),
      },
    },
    {
      name: "a DLC from another region's registry",
      asset: image(
        "871362719292.dkr.ecr.ap-east-1.amazonaws.com/pytorch-training:2.0.0-gpu-py310-cu118-ubuntu20.04-sagemaker",
      ),
      messageId: "vulnerable",
      data: { advisories: expect.arrayContaining([expect.stringMatching(/CVE-2025-32434/)]) },
    },
  ],
  unknown: [
    {
      name: "custom image whose registry scan is still running",
      asset: image(CUSTOM),
      neighbours: [registryImage(scanned([], "IN_PROGRESS"))],
      messageId: "cannotJudge",
    },
    {
      name: "custom image the registry never scanned",
      asset: image(CUSTOM),
      neighbours: [registryImage(null)],
      messageId: "cannotJudge",
    },
    {
      name: "custom ECR image in the customer's account",
      asset: image("111122223333.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.13.1-gpu"),
      messageId: "cannotJudge",
      data: {
        reasons: [
          expect.stringMatching(/ECR registry 111122223333 is not an AWS Deep Learning Containers registry/),
        ],
      },
    },
    {
      name: "public registry image",
      asset: image("ghcr.io/huggingface/text-generation-inference:2.0"),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringMatching(/ghcr\.io is not an AWS Deep Learning Containers registry/)] },
    },
    {
      name: "DJL serving: the framework inside is not named by the tag",
      asset: image(`${DLC}/djl-inference:0.29.0-lmi11.0.0-cu124`),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringMatching(/does not cover djl-serving.*does not cover lmi/)] },
    },
    {
      name: "TGI on a clear PyTorch: tgi is not covered, so not a pass",
      asset: image(`${DLC}/huggingface-pytorch-tgi-inference:2.10.0-tgi3.2.0-gpu-py311-cu128-ubuntu22.04`),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringMatching(/does not cover tgi/)] },
    },
    {
      name: "DLC pinned by digest only",
      asset: image(`${DLC}/pytorch-inference@sha256:${"a".repeat(64)}`),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringMatching(/pinned by digest only/)] },
    },
    {
      name: "image from a model package",
      asset: modelAsset({
        containers: [{ modelPackage: "arn:aws:sagemaker:us-east-1:111122223333:model-package/p/1" }],
      }),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringMatching(/model package .* which is not read/)] },
    },
    {
      name: "no container",
      asset: modelAsset({ containers: [] }),
      messageId: "cannotTell",
      data: { what: "the model's container images", reason: "none is named" },
    },
    {
      name: "model unreadable",
      messageId: "cannotTell",
      asset: modelAsset({ containers: unknown("DescribeModel failed: AccessDeniedException") }),
    },
  ],
});
