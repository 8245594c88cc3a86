// The IAM resources of the artifact reads: the prefixes that hold the artifacts (s3://b/models/x/model.tar.gz →
// arn:aws:s3:::b/models/x/*), so s3:GetObject is never granted on every object of the account.
import type { Inventory } from "../../../src/model/inventory.js";
import { artifactTargets, parseS3Uri } from "./targets.js";

/** Stands in for the prefixes when none is known: the printed policy says what to fill in. */
export const ARTIFACT_RESOURCE_PLACEHOLDER = "arn:aws:s3:::MODEL_ARTIFACT_BUCKET/MODEL_ARTIFACT_PREFIX/*";

/** Object-ARN patterns for the folders of these s3:// URIs; a URI ending in / is a prefix already. */
export function artifactPrefixArns(uris: readonly string[], partition = "aws"): string[] {
  const arns = uris.map((uri) => {
    const parsed = parseS3Uri(uri);
    if (!parsed) throw new Error(`not an s3:// URI: ${uri}`);
    const slash = parsed.key.lastIndexOf("/");
    const folder = parsed.key.endsWith("/") ? parsed.key : slash >= 0 ? parsed.key.slice(0, slash + 1) : "";
    return `arn:${partition}:s3:::${parsed.bucket}/${folder}*`;
  });
  return [...new Set(arns)].sort();
}

/** The artifact locations a saved inventory's models name, in every AWS account it holds. */
export function artifactUrisOf(inventory: Inventory): string[] {
  const accounts = new Set(inventory.records.filter((r) => r.provider === "aws").map((r) => r.account));
  return [...accounts].flatMap((account) => artifactTargets(inventory, account).map((t) => t.uri));
}
