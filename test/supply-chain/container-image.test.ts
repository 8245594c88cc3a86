import { describe, expect, it } from "vitest";
import { DLC_REGISTRY_ACCOUNTS, identifyImage } from "../../src/supply-chain/container-image.js";

const DLC = "763104351884.dkr.ecr.us-east-1.amazonaws.com";

describe("identifyImage", () => {
  it.each([
    [`${DLC}/pytorch-inference:1.13.1-gpu-py39-cu117-ubuntu20.04-sagemaker`, [["pytorch", "1.13.1"]]],
    [`${DLC}/pytorch-training:2.6.0-gpu-py312-cu126-ubuntu22.04-sagemaker`, [["pytorch", "2.6.0"]]],
    [`${DLC}/tensorflow-inference:2.11.0-cpu`, [["tensorflow", "2.11.0"]]],
    [`${DLC}/tensorflow-inference-graviton:2.9.1-cpu-py38-ubuntu20.04-ec2`, [["tensorflow", "2.9.1"]]],
    [`${DLC}/mxnet-inference:1.9.0-cpu-py38-ubuntu20.04-sagemaker`, [["mxnet", "1.9.0"]]],
    [
      `${DLC}/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04`,
      [
        ["pytorch", "2.1.0"],
        ["transformers", "4.37.0"],
      ],
    ],
    [
      `${DLC}/huggingface-tensorflow-training:2.6.3-transformers4.17.0-gpu-py38-cu112-ubuntu20.04`,
      [
        ["tensorflow", "2.6.3"],
        ["transformers", "4.17.0"],
      ],
    ],
    [
      `${DLC}/huggingface-pytorch-tgi-inference:2.1.1-tgi1.4.0-gpu-py310-cu121-ubuntu22.04`,
      [
        ["pytorch", "2.1.1"],
        ["tgi", "1.4.0"],
      ],
    ],
    [`${DLC}/pytorch-inference-neuronx:1.13.1-neuronx-py310-sdk2.18.0-ubuntu20.04`, [["pytorch", "1.13.1"]]],
    [
      `${DLC}/djl-inference:0.26.0-deepspeed0.12.6-cu121`,
      [
        ["djl-serving", "0.26.0"],
        ["deepspeed", "0.12.6"],
      ],
    ],
    [
      "727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/pytorch-inference:2.0.0-cpu-py310",
      [["pytorch", "2.0.0"]],
    ],
    [
      `${DLC}/pytorch-inference:2.6.0-cpu-py312-ubuntu22.04-sagemaker@sha256:${"b".repeat(64)}`,
      [["pytorch", "2.6.0"]],
    ],
  ])("reads %s", (uri, expected) => {
    const identity = identifyImage(uri);
    expect(identity.recognized).toBe(true);
    if (identity.recognized) expect(identity.components.map((c) => [c.name, c.version])).toEqual(expected);
  });

  it.each([
    ["111122223333.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-cpu", /ECR registry 111122223333/],
    [
      "pytorch/pytorch:2.6.0-cuda12.4-cudnn9-runtime",
      /pytorch is not an AWS Deep Learning Containers registry/,
    ],
    ["nvcr.io/nvidia/tritonserver:24.01-py3", /nvcr\.io is not/],
    [`${DLC}/pytorch-inference@sha256:${"c".repeat(64)}`, /pinned by digest only/],
    [`${DLC}/pytorch-inference:latest`, /does not start with a framework version/],
    [
      `${DLC}/stabilityai-pytorch-inference:2.0.1-sgm0.1.0-gpu-py310-cu118-ubuntu20.04-sagemaker`,
      /not one whose tag names/,
    ],
    [
      "007439368137.dkr.ecr.us-east-2.amazonaws.com/sagemaker-tritonserver:22.07-py3",
      /ECR registry 007439368137/,
    ],
  ])("cannot read %s", (uri, reason) => {
    const identity = identifyImage(uri);
    expect(identity.recognized).toBe(false);
    if (!identity.recognized) expect(identity.reason).toMatch(reason);
  });

  it("knows the DLC registry of every region table row it cites", () => {
    expect(Object.keys(DLC_REGISTRY_ACCOUNTS).every((a) => /^\d{12}$/.test(a))).toBe(true);
    expect(DLC_REGISTRY_ACCOUNTS["763104351884"]).toBeDefined();
  });
});
