import vulnerableFramework from "../../../checks/model/vulnerable-framework.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { modelAsset } from "../../support/ml-assets.js";

const DLC = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
const image = (uri: string) =>
  modelAsset({ containers: [{ image: uri, modelDataUrl: "s3://a/model.tar.gz" }] });

checkTable(vulnerableFramework, {
  valid: [
    {
      name: "PyTorch 2.10.0 DLC",
      asset: image(`${DLC}/pytorch-inference:2.10.0-gpu-py312-cu128-ubuntu22.04-sagemaker`),
    },
    { name: "TensorFlow 2.16.1 DLC", asset: image(`${DLC}/tensorflow-inference:2.16.1-cpu`) },
    {
      name: "Hugging Face DLC, PyTorch 2.10.0 with transformers 5.3.0",
      asset: image(
        `${DLC}/huggingface-pytorch-inference:2.10.0-transformers5.3.0-gpu-py312-cu128-ubuntu22.04`,
      ),
    },
    {
      name: "an inference pipeline whose containers are all clear",
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
      name: "PyTorch 1.13.1 DLC (CVE-2025-32434)",
      asset: image(`${DLC}/pytorch-inference:1.13.1-gpu-py39-cu117-ubuntu20.04-sagemaker`),
      message: /pytorch 1\.13\.1 has CVE-2025-32434 .*fixed in 2\.6\.0/,
      severity: "critical",
    },
    {
      name: "PyTorch 1.12.1 has both PyTorch advisories",
      asset: image(`${DLC}/pytorch-inference:1.12.1-cpu-py38-ubuntu20.04-sagemaker`),
      message: /(?=.*CVE-2025-32434)(?=.*CVE-2022-45907)/,
    },
    {
      name: "PyTorch 2.6.0: only a high advisory, and the finding is high (severity follows the advisory)",
      asset: image(`${DLC}/pytorch-inference:2.6.0-gpu-py312-cu124-ubuntu22.04-sagemaker`),
      message: /pytorch 2\.6\.0 has CVE-2026-24747 \(high: .*fixed in 2\.10\.0\)/,
      severity: "high",
    },
    {
      name: "transformers 4.37.0 on a patched PyTorch: advisories of every severity are named, the worst decides",
      asset: image(
        `${DLC}/huggingface-pytorch-inference:2.10.0-transformers4.37.0-gpu-py312-cu128-ubuntu22.04`,
      ),
      message: /transformers 4\.37\.0 has CVE-2024-3568 \(GHSA-37q5-v5qm-c9v8\)/,
      severity: "high",
    },
    {
      name: "Hugging Face DLC with transformers 4.37.0 on PyTorch 2.1.0",
      asset: image(
        `${DLC}/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04`,
      ),
      message: /pytorch 2\.1\.0 has CVE-2025-32434.*transformers 4\.37\.0 has CVE-2024-3568/,
    },
    {
      name: "TensorFlow 2.11.0 (CVE-2023-25668, fixed in 2.11.1)",
      asset: image(`${DLC}/tensorflow-inference:2.11.0-cpu`),
      message: /tensorflow 2\.11\.0 has CVE-2023-25668/,
    },
    {
      name: "TGI DLC on PyTorch 2.1.1: the vulnerable framework decides even beside an untracked component",
      asset: image(`${DLC}/huggingface-pytorch-tgi-inference:2.1.1-tgi1.4.0-gpu-py310-cu121-ubuntu22.04`),
      message: /pytorch 2\.1\.1 has CVE-2025-32434/,
    },
    {
      name: "one vulnerable container in a pipeline with a custom one",
      asset: modelAsset({
        containers: [
          { image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/preprocess:1" },
          { image: `${DLC}/pytorch-inference:2.0.1-cpu-py310-ubuntu20.04-sagemaker` },
        ],
      }),
      message: /pytorch 2\.0\.1 has CVE-2025-32434/,
    },
    {
      name: "a DLC from another region's registry",
      asset: image(
        "871362719292.dkr.ecr.ap-east-1.amazonaws.com/pytorch-training:2.0.0-gpu-py310-cu118-ubuntu20.04-sagemaker",
      ),
      message: /CVE-2025-32434/,
    },
  ],
  unknown: [
    {
      name: "custom ECR image in the customer's account",
      asset: image("111122223333.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.13.1-gpu"),
      message: /cannot judge.*ECR registry 111122223333 is not an AWS Deep Learning Containers registry/,
    },
    {
      name: "public registry image",
      asset: image("ghcr.io/huggingface/text-generation-inference:2.0"),
      message: /ghcr\.io is not an AWS Deep Learning Containers registry/,
    },
    {
      name: "DJL serving: the framework inside is not named by the tag",
      asset: image(`${DLC}/djl-inference:0.29.0-lmi11.0.0-cu124`),
      message: /does not cover djl-serving.*does not cover lmi/,
    },
    {
      name: "TGI on a clear PyTorch: tgi is not covered, so not a pass",
      asset: image(`${DLC}/huggingface-pytorch-tgi-inference:2.10.0-tgi3.2.0-gpu-py311-cu128-ubuntu22.04`),
      message: /does not cover tgi/,
    },
    {
      name: "DLC pinned by digest only",
      asset: image(`${DLC}/pytorch-inference@sha256:${"a".repeat(64)}`),
      message: /pinned by digest only/,
    },
    {
      name: "image from a model package",
      asset: modelAsset({
        containers: [{ modelPackage: "arn:aws:sagemaker:us-east-1:111122223333:model-package/p/1" }],
      }),
      message: /model package .* which is not read/,
    },
    { name: "no container", asset: modelAsset({ containers: [] }), message: /none is named/ },
    {
      name: "model unreadable",
      asset: modelAsset({ containers: unknown("DescribeModel failed: AccessDeniedException") }),
    },
  ],
});
