// Replay: the KMS keys other services' records resolved (DescribeKey, recorded under each key reference), so key
// ownership (AWS managed vs customer managed) replays. A reference that was an alias gives the key that alias.
import type { InventoryRecord } from "../../../../src/model/inventory.js";
import { KMS_KEY_REPLY } from "../describe-key.js";
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
    // A record naming one key keeps its answer alone; the reference is then the key itself.
    const single = record.replies[KMS_KEY_REPLY] as RecordedKey | null | undefined;
    const answers = { ...(single?.KeyId ? { [single.Arn ?? single.KeyId]: single } : {}), ...resolved };
    for (const [reference, metadata] of Object.entries(answers)) {
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
