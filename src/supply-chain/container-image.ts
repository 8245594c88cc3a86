// Reads which open-source ML components a container image holds from its URI alone. Only AWS Deep Learning
// Containers (DLC) qualify: AWS publishes them from known registries, and their repository and tag name the
// framework and its version (pytorch-inference:1.13.1-gpu-py39-…, huggingface-pytorch-inference:2.1.0-
// transformers4.37.0-…). Any other image's tag says nothing reliable about what is installed.

export interface ImageComponent {
  /** "pytorch", "tensorflow", "mxnet", "transformers", "tgi", "djl-serving", "deepspeed", "autogluon", … */
  name: string;
  version: string;
}

export type ImageIdentity =
  | { recognized: true; registry: string; repository: string; tag: string; components: ImageComponent[] }
  | { recognized: false; reason: string };

/**
 * ECR registries AWS publishes Deep Learning Containers from: 763104351884 in most regions, and one account per
 * region that is opt-in or in another partition (aws/deep-learning-containers, available_images.md).
 */
export const DLC_REGISTRY_ACCOUNTS: Readonly<Record<string, string>> = {
  "763104351884": "most regions",
  "626614931356": "af-south-1",
  "871362719292": "ap-east-1",
  "364406365360": "ap-northeast-3",
  "907027046896": "ap-southeast-3",
  "692866216735": "eu-south-1",
  "217643126080": "me-south-1",
  "914824155844": "me-central-1",
  "727897471807": "cn-north-1, cn-northwest-1",
};

const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9._/-]+?)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

const VERSION_PREFIX = /^(\d+(?:\.\d+){0,3})(?=-|$)/;

/** Components a tag names after the leading framework version, e.g. "-transformers4.37.0-", "-tgi1.4.0-". */
const TAG_COMPONENTS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: "transformers", pattern: /-transformers(\d+(?:\.\d+)+)/ },
  { name: "tgi", pattern: /-tgi(\d+(?:\.\d+)+)/ },
  { name: "deepspeed", pattern: /-deepspeed(\d+(?:\.\d+)+)/ },
  { name: "lmi", pattern: /-lmi(\d+(?:\.\d+)+)/ },
  { name: "tensorrt-llm", pattern: /-tensorrtllm(\d+(?:\.\d+)+)/ },
  { name: "vllm", pattern: /-vllm(\d+(?:\.\d+)+)/ },
  { name: "optimum", pattern: /-optimum(\d+(?:\.\d+)+)/ },
];

/**
 * The framework whose version leads the tag, by repository name:
 * pytorch-inference, tensorflow-training-neuron, huggingface-pytorch-tgi-inference, djl-inference, …
 */
function leadingFramework(repository: string): string | undefined {
  const name = repository.split("/").pop() ?? repository;
  const framework = name.match(
    /^(?:huggingface-)?(pytorch|tensorflow|mxnet)-(?:[a-z]+-)*(?:inference|training)(?:-|$)/,
  );
  if (framework) return framework[1];
  if (/^djl-inference$/.test(name)) return "djl-serving";
  if (/^autogluon-(?:inference|training)$/.test(name)) return "autogluon";
  return undefined;
}

export function identifyImage(uri: string): ImageIdentity {
  const match = uri.trim().match(ECR_IMAGE);
  if (!match) {
    const registry = uri.split("/")[0] ?? uri;
    return {
      recognized: false,
      reason: `${registry} is not an AWS Deep Learning Containers registry, so the image's tag says nothing reliable about the frameworks inside (custom or third-party image)`,
    };
  }
  const [, account = "", , repository = "", tag, digest] = match;
  if (!(account in DLC_REGISTRY_ACCOUNTS)) {
    return {
      recognized: false,
      reason: `ECR registry ${account} is not an AWS Deep Learning Containers registry: a custom image, whose tag does not reliably name the frameworks installed`,
    };
  }
  if (!tag) {
    return {
      recognized: false,
      reason: `${repository} is pinned by digest only (${digest ?? "no tag"}), so no tag names the framework version`,
    };
  }
  const framework = leadingFramework(repository);
  if (!framework) {
    return {
      recognized: false,
      reason: `Deep Learning Containers repository ${repository} is not one whose tag names its framework versions`,
    };
  }
  const version = tag.match(VERSION_PREFIX)?.[1];
  if (!version) {
    return {
      recognized: false,
      reason: `tag "${tag}" of ${repository} does not start with a framework version`,
    };
  }
  const components: ImageComponent[] = [{ name: framework, version }];
  for (const { name, pattern } of TAG_COMPONENTS) {
    const found = tag.match(pattern)?.[1];
    if (found) components.push({ name, version: found });
  }
  return { recognized: true, registry: account, repository, tag, components };
}
