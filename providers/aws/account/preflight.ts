// Before any collection: who the credentials are (STS GetCallerIdentity, once). Missing credentials, a profile
// that does not exist and credentials AWS refuses stop the scan with one message naming the fix, instead of a
// scan whose every call fails the same way.
import pLimit from "p-limit";
import type { CollectionError } from "../../../src/model/inventory.js";
import { InputError } from "../../../src/model/input-error.js";
import { homeRegion, partitionOf } from "../context.js";
import type { AwsScanOptions } from "../options.js";
import { AWS_OPERATIONS } from "../operations.js";
import { AwsReader } from "../reader.js";
import { readCallerIdentity } from "./collect.js";
import { knownProfiles, profileFiles } from "./profiles.js";

/** STS codes for credentials AWS does not accept (IAM / STS API references, common errors). */
const REFUSED = new Set([
  "InvalidClientTokenId",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "ExpiredTokenException",
  "UnrecognizedClientException",
  "InvalidAccessKeyId",
]);

const HOW_TO =
  "configure credentials (aws configure, aws sso login, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), or name a profile with --profile";

/** The fix for a failed identity call, or undefined when it is not about credentials (the scan then goes on). */
export function credentialProblem(
  error: CollectionError,
  profile: string | undefined,
  profiles: () => readonly string[] = knownProfiles,
): string | undefined {
  if (error.code === "CredentialsProviderError" || error.code === "TokenProviderError") {
    if (!profile) return `aws: no credentials found (${error.message}); ${HOW_TO}`;
    const known = profiles();
    if (!known.includes(profile)) {
      const files = profileFiles();
      return `aws: profile "${profile}" does not exist in ${files.config} or ${files.credentials} (profiles there: ${known.join(", ") || "none"}); create it with aws configure --profile ${profile}, or pass one of those`;
    }
    return `aws: profile "${profile}" gave no credentials (${error.message}); sign in to it (aws sso login --profile ${profile}) or check its keys with aws configure --profile ${profile}`;
  }
  if (REFUSED.has(error.code))
    return `aws: the credentials${profile ? ` of profile "${profile}"` : ""} were refused (${error.code}: ${error.message}); ${HOW_TO}`;
  return undefined;
}

/** Resolves the identity once; throws an InputError (exit 2) naming the fix when the credentials cannot be used. */
export async function awsPreflight(options: AwsScanOptions): Promise<void> {
  const errors: CollectionError[] = [];
  const reader = new AwsReader(pLimit(1), errors, () => "unknown", AWS_OPERATIONS);
  const region = homeRegion(partitionOf(options.regions?.[0] ?? "us-east-1"));
  const identity = await readCallerIdentity(reader, options, region);
  if (identity) return;
  const problem = errors.map((error) => credentialProblem(error, options.profile)).find(Boolean);
  if (problem) throw new InputError(problem);
}
