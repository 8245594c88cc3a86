// The scope key says which runs are comparable. A finding is only resolved by a later run of the same scope,
// so scanning account A (or fewer regions, or fewer checks) never resolves what a scan of B found.
import { createHash } from "node:crypto";
import type { Scope } from "../model/inventory.js";

export interface ScopeInput {
  /** Provider adapters the run used (aws, azure). */
  providers: readonly string[];
  /** What the run actually read: one entry per account / subscription. */
  scopes: readonly Scope[];
  /** Regions as requested (--regions); undefined means "every region the provider finds". */
  regions?: readonly string[];
  /** The --checks pattern as given; undefined means every check. */
  checks?: string;
}

/** Accounts beyond this many are summarized by count and hash, to keep the key readable. */
const MAX_LISTED_ACCOUNTS = 5;

export function scopeKey(input: ScopeInput): string {
  const providers = unique(input.providers).join(",");
  const accounts = unique(input.scopes.map((s) => `${s.provider}:${s.account.toLowerCase()}`));
  const accountPart =
    accounts.length <= MAX_LISTED_ACCOUNTS
      ? accounts.join(",") || "none"
      : `${accounts.length}#${createHash("sha256").update(accounts.join(",")).digest("hex").slice(0, 10)}`;
  // Requested regions, not the ones where resources were found: deleting the last bucket of a region
  // must resolve its findings, not move the run into another scope.
  const regions = input.regions && input.regions.length > 0 ? unique(input.regions).join(",") : "*";
  const checks = normalizeCheckPattern(input.checks);
  return `providers=${providers} accounts=${accountPart} regions=${regions} checks=${checks}`;
}

function normalizeCheckPattern(pattern: string | undefined): string {
  const parts = unique(
    (pattern ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
  );
  return parts.length > 0 ? parts.join(",") : "*";
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
