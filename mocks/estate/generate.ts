// Synthetic estates for the benchmark: many buckets with a realistic mix of exposures, same seed → same estate.
import { seededRandom } from "../faults/rng.js";
import type { Estate } from "./schema.js";
import type { BucketInput } from "../../providers/aws/s3/emulator/estate.js";
import { validateEstate } from "./load.js";

export interface GenerateOptions {
  buckets: number;
  seed?: number;
  accountId?: string;
  regions?: string[];
}

type Profile = (name: string, pick: () => number, accountId: string) => Partial<BucketInput>;

const everyone = (name: string) => ({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "Public",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::${name}/*`,
    },
  ],
});
const blockAll = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

// Weighted toward private/encrypted, as real estates are; each profile is one finding shape for the checks.
const PROFILES: [string, number, Profile][] = [
  [
    "private",
    40,
    () => ({
      PublicAccessBlock: blockAll,
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    }),
  ],
  [
    "kms",
    20,
    (_n, pick, accountId) => ({
      PublicAccessBlock: blockAll,
      Encryption: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: "aws:kms",
              KMSMasterKeyID: `arn:aws:kms:us-east-1:${accountId}:key/${Math.floor(pick() * 1e8)}`,
            },
            BucketKeyEnabled: true,
          },
        ],
      },
      Versioning: { Status: "Enabled" },
      Logging: { LoggingEnabled: { TargetBucket: "ai-access-logs", TargetPrefix: "s3/" } },
    }),
  ],
  ["public-policy", 10, (name) => ({ Policy: everyone(name) })],
  [
    "public-acl",
    10,
    () => ({
      Acl: {
        Grants: [
          {
            Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
            Permission: "READ",
          },
        ],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: "ObjectWriter" }] },
    }),
  ],
  ["unencrypted", 10, () => ({ Encryption: null })],
  ["default", 10, () => ({})],
];
const TOTAL_WEIGHT = PROFILES.reduce((sum, [, w]) => sum + w, 0);
const PURPOSES = [
  "training-data",
  "model-artifacts",
  "embeddings",
  "notebooks",
  "inference-logs",
  "datasets",
];
const CLASSES = ["phi", "pii", "internal", "public"];

export function generateEstate(opts: GenerateOptions): Estate {
  const pick = seededRandom(opts.seed ?? 1);
  const accountId = opts.accountId ?? "111122223333";
  const regions =
    opts.regions && opts.regions.length > 0 ? opts.regions : ["us-east-1", "us-west-2", "eu-west-1"];
  const choose = <T>(items: readonly T[]): T => items[Math.floor(pick() * items.length)] as T;
  const buckets = Array.from({ length: opts.buckets }, (_, i) => {
    let roll = pick() * TOTAL_WEIGHT;
    const [kind, , profile] =
      PROFILES.find(([, w]) => (roll -= w) < 0) ?? (PROFILES[0] as (typeof PROFILES)[number]);
    const name = `ai-${choose(PURPOSES)}-${kind}-${String(i).padStart(6, "0")}`;
    const day = 1 + Math.floor(pick() * 28);
    return {
      Name: name,
      BucketRegion: choose(regions),
      CreationDate: `2024-01-${String(day).padStart(2, "0")}T00:00:00.000Z`,
      Tags: [{ Key: "data-classification", Value: choose(CLASSES) }],
      ...profile(name, pick, accountId),
    };
  });
  // The buckets' default keys exist in KMS as customer managed keys, as they would in a real account.
  const keyArns = JSON.stringify(buckets).match(/arn:aws:kms:[^"]+/g) ?? [];
  const keys = [...new Set(keyArns)].map((arn) => ({
    KeyMetadata: { KeyId: arn.split("/").pop() ?? arn, Arn: arn, KeyManager: "CUSTOMER" },
  }));
  return validateEstate(
    {
      aws: { accounts: [{ id: accountId, s3: { buckets }, ...(keys.length > 0 ? { kms: { keys } } : {}) }] },
    },
    "generated estate",
  );
}
