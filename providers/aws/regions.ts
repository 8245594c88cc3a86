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

/** Regions an account must opt in to (read only when named with --regions), and the GovCloud and China ones. */
export const OPT_IN_AWS_REGIONS: readonly string[] = [
  "af-south-1",
  "ap-east-1",
  "ap-east-2",
  "ap-south-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ca-west-1",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "mx-central-1",
  "us-gov-east-1",
  "us-gov-west-1",
  "cn-north-1",
  "cn-northwest-1",
];

export const KNOWN_AWS_REGIONS: readonly string[] = [...DEFAULT_AWS_REGIONS, ...OPT_IN_AWS_REGIONS];

/** The names that are not AWS regions: a typo would otherwise be a scan of nothing, or an endpoint that never answers. */
export function unknownAwsRegions(regions: readonly string[]): string[] {
  return regions.filter((region) => !KNOWN_AWS_REGIONS.includes(region));
}
