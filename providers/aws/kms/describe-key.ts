import { DescribeKeyCommand, KMSClient, type KeyMetadata } from "@aws-sdk/client-kms";
import { createAwsClient } from "../clients.js";
import type { AwsCollectContext } from "../context.js";

/** Reply key under which a resource record keeps the KMS KeyMetadata of its at-rest key. */
export const KMS_KEY_REPLY = "kms:DescribeKey";

/** A key's region: from its ARN, else the region of the resource that names it (key ids are regional). */
export function keyRegion(keyId: string, resourceRegion: string): string {
  return /^arn:aws[\w-]*:kms:([\w-]+):/.exec(keyId)?.[1] ?? resourceRegion;
}

/**
 * Describes KMS keys once per scan, however many resources name the same key, so a collector can tell AWS managed
 * keys (KeyManager "AWS") from customer managed ones where its own API reports both as a bare key ARN.
 * A failed DescribeKey is an error entry (resource: the key id) and resolves to undefined.
 */
export class KeyDescriber {
  private readonly clients = new Map<string, KMSClient>();
  private readonly answers = new Map<string, Promise<KeyMetadata | undefined>>();

  constructor(private readonly ctx: AwsCollectContext) {}

  describe(keyId: string, resourceRegion: string): Promise<KeyMetadata | undefined> {
    const region = keyRegion(keyId, resourceRegion);
    const cacheKey = `${region}|${keyId}`;
    let answer = this.answers.get(cacheKey);
    if (!answer) {
      answer = this.read(keyId, region);
      this.answers.set(cacheKey, answer);
    }
    return answer;
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private async read(keyId: string, region: string): Promise<KeyMetadata | undefined> {
    let client = this.clients.get(region);
    if (!client) {
      client = createAwsClient(KMSClient, this.ctx.options, region);
      this.clients.set(region, client);
    }
    const result = await this.ctx.reader.read<{ KeyMetadata?: KeyMetadata }>(
      "kms",
      client,
      new DescribeKeyCommand({ KeyId: keyId }),
      { region, resource: keyId },
    );
    return result.ok ? result.value?.KeyMetadata : undefined;
  }
}
