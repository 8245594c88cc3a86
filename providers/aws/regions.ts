import type { AwsScanOptions } from "./options.js";

/**
 * Regions read for regional services (Bedrock, OpenSearch, SageMaker, …) when --regions is not given: the
 * commercial regions every account has enabled by default. Opt-in regions (af-south-1, ap-east-1, me-south-1, …)
 * answer disabled accounts with an auth error, which would turn every scan into coverage gaps; name them with
 * --regions to read them.
 */
export const DEFAULT_AWS_REGIONS: readonly string[] = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "ca-central-1",
  "sa-east-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-central-1",
  "eu-north-1",
  "ap-south-1",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-southeast-1",
  "ap-southeast-2",
];

/** The regions a regional collector reads: the ones asked for (deduplicated), else DEFAULT_AWS_REGIONS. */
export function regionsToScan(options: Pick<AwsScanOptions, "regions">): string[] {
  if (options.regions && options.regions.length > 0) return [...new Set(options.regions)];
  return [...DEFAULT_AWS_REGIONS];
}
