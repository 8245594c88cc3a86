// Replay: the KMS keys other services' records resolved (DescribeKey, recorded under each key reference), so key
// ownership (AWS managed vs customer managed) replays. A reference that was an alias gives the key that alias.
import type { InventoryRecord } from "../../../../src/model/inventory.js";
import { KMS_KEYS_REPLY } from "../key-ownership.js";

interface RecordedKey {
  KeyId?: string;
  Arn?: string;
  [field: string]: unknown;
}

export function replayKms(records: readonly InventoryRecord[]): Record<string, unknown> {
  const keys = new Map<string, { KeyMetadata: RecordedKey; Aliases: Set<string> }>();
  for (const record of records) {
    const resolved = record.replies[KMS_KEYS_REPLY] as Record<string, RecordedKey | null> | undefined;
    for (const [reference, metadata] of Object.entries(resolved ?? {})) {
      if (!metadata?.KeyId) continue;
      const id = metadata.Arn ?? metadata.KeyId;
      const key = keys.get(id) ?? { KeyMetadata: metadata, Aliases: new Set<string>() };
      const alias = /^(?:arn:aws[\w-]*:kms:[\w-]+:\d{12}:)?(alias\/.+)$/.exec(reference)?.[1];
      if (alias) key.Aliases.add(alias);
      keys.set(id, key);
    }
  }
  if (keys.size === 0) return {};
  return {
    kms: {
      keys: [...keys.values()].map((k) => ({ KeyMetadata: k.KeyMetadata, Aliases: [...k.Aliases] })),
    },
  };
}
