// Outcomes shared by the ML compute checks (endpoints, notebooks, training jobs): the same question asked of
// different assets must get the same answer and wording.
import type { StorageAsset } from "../../src/model/asset.js";
import type { ComputeVolumeEncryption, OutputEncryption } from "../../src/model/assets/ml-compute.js";
import { fail, pass, type CheckOutcome } from "../../src/model/check.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { bucketArnFromS3Uri } from "../../src/model/relations.js";

/** A customer-managed key on compute volumes, unless the platform refuses one (hardware-encrypted local NVMe). */
export function volumeKeyOutcome(encryption: ComputeVolumeEncryption): CheckOutcome {
  const evidence = { ...encryption };
  if (encryption.keyManager === "customer")
    return pass(`Volumes encrypted with customer-managed key ${encryption.keyId ?? ""}`.trim(), evidence);
  if (!encryption.customerKeySupported) return pass(encryption.detail, evidence);
  return fail(`No customer-managed KMS key: ${encryption.detail}`, evidence);
}

/**
 * Data written to S3 under a customer-managed key: the key the writer names, or else the destination bucket's
 * default encryption when the bucket is in this scan and uses a customer-managed key.
 */
export function outputKeyOutcome(what: string, output: OutputEncryption, graph: AssetGraph): CheckOutcome {
  const evidence: Record<string, unknown> = { ...output };
  if (output.keyManager === "customer")
    return pass(`${what} encrypted with customer-managed key ${output.keyId ?? ""}`.trim(), evidence);
  const bucket = destinationBucket(output.destination, graph);
  if (bucket && !isUnknown(bucket.encryptionAtRest) && bucket.encryptionAtRest.keyManager === "customer") {
    evidence.bucketDefaultKey = bucket.encryptionAtRest.keyId;
    return pass(
      `${what} names no key, but bucket ${bucket.name} encrypts new objects by default with customer-managed key ${bucket.encryptionAtRest.keyId ?? ""}`.trim(),
      evidence,
    );
  }
  const where = !bucket
    ? output.destination
      ? `destination ${output.destination} is not in this scan`
      : "no destination"
    : isUnknown(bucket.encryptionAtRest)
      ? `the default encryption of bucket ${bucket.name} is unknown (${bucket.encryptionAtRest.reason})`
      : `bucket ${bucket.name} defaults to a ${bucket.encryptionAtRest.keyManager}-managed key`;
  return fail(`${what} is not encrypted with a customer-managed key: ${output.detail}; ${where}`, evidence);
}

function destinationBucket(destination: string | undefined, graph: AssetGraph): StorageAsset | undefined {
  const arn = bucketArnFromS3Uri(destination);
  return arn ? graph.getOfKind(arn, "storage") : undefined;
}
