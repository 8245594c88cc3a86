// Private ECR images that SageMaker runs: BatchGetImage for the manifest, DescribeImageScanFindings (every page)
// for the registry's own vulnerability scan. A second pass over the SageMaker records; no image bytes are read.
import {
  BatchGetImageCommand,
  DescribeImageScanFindingsCommand,
  ECRClient,
  type DescribeImageScanFindingsCommandOutput,
} from "@aws-sdk/client-ecr";
import { ClientCache, createAwsClient } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { imageId, imageTargets, type ImageTarget } from "./images.js";

export const ECR_CLIENT = "ecr";
export const ECR_IMAGE_TYPE = "aws.ecr.image";
/** DescribeImageScanFindings on an image never scanned (ECR API Reference): an answer, "no scan". */
const NO_SCAN = ["ScanNotFoundException"];

export async function collectEcrImages(ctx: AwsCollectContext): Promise<void> {
  if (ctx.account === "unknown") return;
  const targets = imageTargets(ctx.inventory, ctx.account);
  if (targets.length === 0) return;
  const clients = new ClientCache((region) => createAwsClient(ECRClient, ctx.options, region));
  try {
    await Promise.all(targets.map((target) => recordImage(ctx, clients.get(target.region), target)));
  } finally {
    clients.destroyAll();
  }
}

async function recordImage(ctx: AwsCollectContext, client: ECRClient, target: ImageTarget): Promise<void> {
  const scope = { region: target.region, resource: target.uri };
  const id = target.digest ? { imageDigest: target.digest } : { imageTag: target.tag };
  const base = { registryId: target.registry, repositoryName: target.repository };
  const manifest = await ctx.reader.read<Record<string, unknown>>(
    ECR_CLIENT,
    client,
    new BatchGetImageCommand({
      ...base,
      imageIds: [id],
      acceptedMediaTypes: [
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
      ],
    }),
    scope,
  );
  const replies: Record<string, unknown> = { UsedBy: target.usedBy };
  if (manifest.ok) replies.BatchGetImage = manifest.value;
  const findings = await readScan(ctx, client, { ...base, imageId: id }, scope);
  if (findings !== undefined) replies.DescribeImageScanFindings = findings;
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region: target.region,
    service: "ecr",
    resourceType: ECR_IMAGE_TYPE,
    resourceId: imageId(ctx.partition, target),
    name: target.uri,
    replies,
  });
}

type ScanPage = Omit<DescribeImageScanFindingsCommandOutput, "$metadata">;

/** Every page folded into one reply; null when the image was never scanned; undefined when a page failed. */
async function readScan(
  ctx: AwsCollectContext,
  client: ECRClient,
  input: { registryId: string; repositoryName: string; imageId: Record<string, string | undefined> },
  scope: { region: string; resource: string },
): Promise<ScanPage | null | undefined> {
  let folded: ScanPage | undefined;
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<ScanPage>(
      ECR_CLIENT,
      client,
      new DescribeImageScanFindingsCommand({ ...input, ...(token ? { nextToken: token } : {}) }),
      { ...scope, absentCodes: NO_SCAN },
    );
    if (!page.ok) return undefined;
    if (page.value === null) return null;
    const value = page.value;
    if (!folded) folded = { ...value };
    else if (folded.imageScanFindings && value.imageScanFindings) {
      folded.imageScanFindings.findings = [
        ...(folded.imageScanFindings.findings ?? []),
        ...(value.imageScanFindings.findings ?? []),
      ];
      folded.imageScanFindings.enhancedFindings = [
        ...(folded.imageScanFindings.enhancedFindings ?? []),
        ...(value.imageScanFindings.enhancedFindings ?? []),
      ];
    }
    token = value.nextToken;
  } while (token);
  if (folded) delete folded.nextToken;
  return folded;
}
