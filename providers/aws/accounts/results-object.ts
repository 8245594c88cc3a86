import { GetObjectCommand, type S3Client } from "@aws-sdk/client-s3";

/**
 * Reads one object of the org-scan results bucket as text: the Lambda's own s3:GetObject on the bucket the
 * stack owns (ORG_SCAN_OWN_OPERATIONS), never on a scanned bucket, so it does not go through AwsReader, whose
 * list stays the scanner's read-only configuration reads.
 */
export async function readResultsObject(client: S3Client, bucket: string, key: string): Promise<string> {
  const reply = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!reply.Body) throw new Error(`s3://${bucket}/${key} has no body`);
  return reply.Body.transformToString("utf-8");
}
