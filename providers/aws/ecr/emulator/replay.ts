// Replay: the repositories and images other services' containers named, rebuilt from a saved inventory's raw ECR
// replies (BatchGetImage, DescribeImageScanFindings). A scan recorded as null was never run and stays unrun.
import type { InventoryRecord } from "../../../../src/model/inventory.js";

interface RecordedImage {
  repositoryName?: string;
  imageId?: { imageDigest?: string; imageTag?: string };
  imageManifest?: string;
}
interface RecordedScan {
  repositoryName?: string;
  imageId?: { imageDigest?: string; imageTag?: string };
  imageScanStatus?: unknown;
  imageScanFindings?: unknown;
}
interface Image {
  imageDigest: string;
  imageTags: string[];
  imageManifest?: unknown;
  scan?: unknown;
}

export function replayEcr(records: readonly InventoryRecord[]): Record<string, unknown> {
  const repositories = new Map<
    string,
    { repositoryName: string; region: string; images: Map<string, Image> }
  >();
  for (const record of records) {
    if (record.resourceType !== "aws.ecr.image") continue;
    const got = (record.replies.BatchGetImage as { images?: RecordedImage[] } | null | undefined)
      ?.images?.[0];
    const scan = record.replies.DescribeImageScanFindings as RecordedScan | null | undefined;
    const repositoryName = got?.repositoryName ?? scan?.repositoryName;
    const digest = got?.imageId?.imageDigest ?? scan?.imageId?.imageDigest;
    // Neither read answered: nothing is known of the image, and its reads are denied again.
    if (!repositoryName || !digest) continue;
    const key = `${record.region} ${repositoryName}`;
    const repository = repositories.get(key) ?? { repositoryName, region: record.region, images: new Map() };
    repositories.set(key, repository);
    const image = repository.images.get(digest) ?? { imageDigest: digest, imageTags: [] };
    repository.images.set(digest, image);
    const tag = got?.imageId?.imageTag ?? scan?.imageId?.imageTag;
    if (tag && !image.imageTags.includes(tag)) image.imageTags.push(tag);
    if (got?.imageManifest) image.imageManifest = JSON.parse(got.imageManifest) as unknown;
    if (scan?.imageScanStatus) {
      image.scan = {
        imageScanStatus: scan.imageScanStatus,
        ...(scan.imageScanFindings ? { imageScanFindings: scan.imageScanFindings } : {}),
      };
    }
  }
  if (repositories.size === 0) return {};
  return {
    ecr: {
      repositories: [...repositories.values()].map((r) => ({ ...r, images: [...r.images.values()] })),
    },
  };
}
