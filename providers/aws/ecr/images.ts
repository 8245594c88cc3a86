// Which images to read: the private ECR images of this account that the first pass recorded SageMaker models
// (containers' Image) and training jobs (TrainingImage) running. Another account's registry (AWS Deep Learning
// Containers, a shared platform account) is judged by its tag elsewhere, not read here.
import type { Inventory, InventoryRecord } from "../../../src/model/inventory.js";

export interface ImageRef {
  uri: string;
  registry: string;
  region: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export interface ImageTarget extends ImageRef {
  usedBy: string[];
}

const ECR_URI =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@\s]+)(?::([\w.-]+))?(?:@(sha256:[a-f0-9]{64}))?$/;

export function parseEcrUri(uri: string): ImageRef | undefined {
  const match = ECR_URI.exec(uri.trim());
  if (!match) return undefined;
  const [, registry, region, repository, tag, digest] = match;
  return {
    uri,
    registry: registry!,
    region: region!,
    repository: repository!,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    ...(!tag && !digest ? { tag: "latest" } : {}),
  };
}

interface Container {
  Image?: string;
}

function imagesOf(record: InventoryRecord): string[] {
  if (record.resourceType === "aws.sagemaker.model") {
    const reply = record.replies["DescribeModel"] as
      { PrimaryContainer?: Container; Containers?: Container[] } | null | undefined;
    return [
      ...(reply?.PrimaryContainer ? [reply.PrimaryContainer] : []),
      ...(reply?.Containers ?? []),
    ].flatMap((c) => (c.Image ? [c.Image] : []));
  }
  if (record.resourceType === "aws.sagemaker.training-job") {
    const reply = record.replies["DescribeTrainingJob"] as
      { AlgorithmSpecification?: { TrainingImage?: string } } | null | undefined;
    const image = reply?.AlgorithmSpecification?.TrainingImage;
    return image ? [image] : [];
  }
  return [];
}

export function imageTargets(inventory: Inventory, account: string): ImageTarget[] {
  const byUri = new Map<string, ImageTarget>();
  for (const record of inventory.records) {
    if (record.provider !== "aws" || record.account !== account) continue;
    for (const uri of imagesOf(record)) {
      const ref = parseEcrUri(uri);
      if (!ref || ref.registry !== account) continue;
      const found = byUri.get(uri);
      if (found) found.usedBy.push(record.resourceId);
      else byUri.set(uri, { ...ref, usedBy: [record.resourceId] });
    }
  }
  return [...byUri.values()].sort((a, b) => a.uri.localeCompare(b.uri));
}

/** A stable id for an image: its repository ARN with the tag or digest it was named by. */
export function imageId(partition: string, ref: ImageRef): string {
  const at = ref.digest ? `@${ref.digest}` : `:${ref.tag}`;
  return `arn:${partition}:ecr:${ref.region}:${ref.registry}:repository/${ref.repository}${at}`;
}
