import type { PublicAccessPrevention } from "../../../src/model/asset.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { orKnown } from "../../../src/model/signals.js";

export const BPA_FLAGS = [
  "BlockPublicAcls",
  "IgnorePublicAcls",
  "BlockPublicPolicy",
  "RestrictPublicBuckets",
] as const;
export type BpaFlag = (typeof BPA_FLAGS)[number];
export type BpaConfig = Partial<Record<BpaFlag, boolean>>;

/** A missing configuration (NoSuchPublicAccessBlockConfiguration) means every flag is off. */
export function bpaFlag(config: Known<BpaConfig | null>, flag: BpaFlag): Known<boolean> {
  if (isUnknown(config)) return config;
  return config?.[flag] === true;
}

/**
 * Effective flag: on when on at the bucket or the account level (S3 applies the most restrictive
 * combination). Documented meaning: IgnorePublicAcls makes S3 ignore public ACL grants;
 * RestrictPublicBuckets limits a bucket with a public policy to AWS service principals and the owner
 * account's users; BlockPublicAcls and BlockPublicPolicy only refuse new public ACLs and policies.
 */
export function effectiveFlag(
  bucket: Known<BpaConfig | null>,
  account: Known<BpaConfig | null>,
  flag: BpaFlag,
): Known<boolean> {
  return orKnown(bpaFlag(bucket, flag), bpaFlag(account, flag));
}

export function describePrevention(
  config: Known<BpaConfig | null>,
  level: string,
): Known<PublicAccessPrevention> {
  if (isUnknown(config)) return unknown(`${level} Block Public Access could not be read (${config.reason})`);
  const settings = Object.fromEntries(BPA_FLAGS.map((flag) => [flag, config?.[flag] === true]));
  const off = BPA_FLAGS.filter((flag) => !settings[flag]);
  return {
    enforced: off.length === 0,
    settings,
    detail:
      config === null
        ? `no ${level} Block Public Access configuration`
        : off.length === 0
          ? `all four ${level} Block Public Access settings are on`
          : `${level} Block Public Access has ${off.join(", ")} off`,
  };
}
