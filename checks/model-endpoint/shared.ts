// Outcomes shared by the ML compute checks (endpoints, notebooks, training jobs): the same question asked of
// different assets must get the same answer and wording.
import type { StorageAsset } from "../../src/model/asset.js";
import type { ComputeVolumeEncryption, OutputEncryption } from "../../src/model/assets/ml-compute.js";
import { fail, pass, type CheckOutcome } from "../../src/model/check.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { bucketArnFromS3Uri } from "../../src/model/relations.js";

/** Messages of `volumeKeyOutcome`: spread into the `messages` of the checks that use it. */
export const VOLUME_KEY_MESSAGES = {
  volumeCustomerKey: "Volumes encrypted with customer-managed key {{keyId}}",
  volumeCustomerKeyUnnamed: "Volumes encrypted with customer-managed key",
  volumeCustomerKeyUnsupported: "{{detail}}",
  volumeNoCustomerKey: "No customer-managed KMS key: {{detail}}",
} as const;

/** A customer-managed key on compute volumes, unless the platform refuses one (hardware-encrypted local NVMe). */
export function volumeKeyOutcome(
  encryption: ComputeVolumeEncryption,
): CheckOutcome<keyof typeof VOLUME_KEY_MESSAGES> {
  const evidence = { ...encryption };
  if (encryption.keyManager === "customer")
    return pass(encryption.keyId ? "volumeCustomerKey" : "volumeCustomerKeyUnnamed", { ...evidence });
  if (!encryption.customerKeySupported) return pass("volumeCustomerKeyUnsupported", evidence);
  return fail("volumeNoCustomerKey", evidence);
}

/** Messages of `outputKeyOutcome`; `{{what}}` names the data written ("Captured inference data", …). */
export const OUTPUT_KEY_MESSAGES = {
  outputCustomerKey: "{{what}} encrypted with customer-managed key {{keyId}}",
  outputCustomerKeyUnnamed: "{{what}} encrypted with customer-managed key",
  outputBucketDefaultKey:
    "{{what}} names no key, but bucket {{bucket}} encrypts new objects by default with customer-managed key {{bucketDefaultKey}}",
  outputNoCustomerKey: "{{what}} is not encrypted with a customer-managed key: {{detail}}; {{where}}",
} as const;

/**
 * Data written to S3 under a customer-managed key: the key the writer names, or else the destination bucket's
 * default encryption when the bucket is in this scan and uses a customer-managed key.
 */
export function outputKeyOutcome(
  what: string,
  output: OutputEncryption,
  graph: AssetGraph,
): CheckOutcome<keyof typeof OUTPUT_KEY_MESSAGES> {
  const evidence: Record<string, unknown> = { ...output, what };
  if (output.keyManager === "customer")
    return pass(output.keyId ? "outputCustomerKey" : "outputCustomerKeyUnnamed", { ...evidence });
  const bucket = destinationBucket(output.destination, graph);
  if (bucket && !isUnknown(bucket.encryptionAtRest) && bucket.encryptionAtRest.keyManager === "customer") {
    return pass("outputBucketDefaultKey", {
      ...evidence,
      bucket: bucket.name,
      bucketDefaultKey: bucket.encryptionAtRest.keyId ?? "(id not reported)",
    });
  }
  const where = !bucket
    ? output.destination
      ? `destination ${output.destination} is not in this scan`
      : "no destination"
    : isUnknown(bucket.encryptionAtRest)
      ? `the default encryption of bucket ${bucket.name} is unknown (${bucket.encryptionAtRest.reason})`
      : `bucket ${bucket.name} defaults to a ${bucket.encryptionAtRest.keyManager}-managed key`;
  return fail("outputNoCustomerKey", { ...evidence, where });
}

function destinationBucket(destination: string | undefined, graph: AssetGraph): StorageAsset | undefined {
  const arn = bucketArnFromS3Uri(destination);
  return arn ? graph.getOfKind(arn, "storage") : undefined;
}
