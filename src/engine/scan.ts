import type { AnyCheck, CheckInputs } from "../model/check.js";
import type { Report } from "../model/finding.js";
import {
  mergeInventories,
  emptyInventory,
  type CollectionError,
  type Inventory,
} from "../model/inventory.js";
import type { Asset } from "../model/asset.js";
import { mergeNative } from "../merge/index.js";
import { isNativeCheckId } from "./select-checks.js";
import type { NativeFinding, NativeSourceStatus } from "../model/native-finding.js";
import { evaluateAssets } from "./evaluate.js";
import type { AnyProviderAdapter, CollectOptions } from "./provider.js";
import { InputError } from "../model/input-error.js";
import type { ProviderId } from "../model/inventory.js";
import { buildReport } from "./report.js";
import { advisoryWarnings } from "../supply-chain/staleness.js";

/** Each provider's own options, as given (flags, the Lambda's configuration, a test). */
export type ProviderOptionsInput = Partial<Record<ProviderId, unknown>>;

/**
 * Validates each adapter's own options with its schema, before any cloud call; a bad value is an InputError
 * naming the provider and the field.
 */
export function resolveProviderOptions(
  adapters: readonly AnyProviderAdapter[],
  inputs: ProviderOptionsInput,
): Map<ProviderId, unknown> {
  const resolved = new Map<ProviderId, unknown>();
  for (const adapter of adapters) {
    const parsed = adapter.options.safeParse(inputs[adapter.id] ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "(options)"}: ${issue.message}`,
      );
      throw new InputError(`${adapter.id} options: ${issues.join("; ")}`);
    }
    resolved.set(adapter.id, parsed.data);
  }
  return resolved;
}

/** Collects from every adapter. An adapter that fails outright becomes an error entry; the others go on. */
export async function collectAll(
  adapters: readonly AnyProviderAdapter[],
  common: CollectOptions,
  providerOptions: ProviderOptionsInput = {},
): Promise<Inventory> {
  const resolved = resolveProviderOptions(adapters, providerOptions);
  const parts = await Promise.all(
    adapters.map(async (adapter) => {
      try {
        return await adapter.collect(common, resolved.get(adapter.id));
      } catch (error) {
        const inventory = emptyInventory();
        inventory.errors.push({
          provider: adapter.id,
          account: "unknown",
          service: "*",
          operation: "collect",
          code: error instanceof Error ? error.name : "Error",
          message: error instanceof Error ? error.message : String(error),
        });
        return inventory;
      }
    }),
  );
  return mergeInventories(parts);
}

export function normalizeAll(
  inventory: Inventory,
  adapters: readonly AnyProviderAdapter[],
): { assets: Asset[]; errors: Inventory["errors"] } {
  const assets: Asset[] = [];
  const errors: Inventory["errors"] = [];
  for (const adapter of adapters) {
    const part = adapter.normalize(inventory);
    for (const asset of part.assets) assets.push(asset);
    for (const error of part.errors) errors.push(error);
  }
  // Collection finishes resources in any order; checks that list neighbours (the AI assets a detector watches)
  // see them in id order, so the same estate gives the same report.
  assets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { assets, errors };
}

/** Evaluation half of a scan: pure over an inventory, so --from-inventory gives the same report. */
export function assess(
  inventory: Inventory,
  adapters: readonly AnyProviderAdapter[],
  checks: readonly AnyCheck[],
  startedAt: string,
  version: string,
  options: AssessOptions = {},
): { report: Report; assets: Asset[] } {
  const phase = options.onPhase ?? (() => {});
  const { assets, errors } = normalizeAll(inventory, adapters);
  phase("normalized");
  const native = nativeAll(inventory, adapters);
  const evaluated = evaluateAssets(assets, checks, options.inputs);
  phase("evaluated");
  const merged = mergeNative({
    findings: evaluated,
    assets,
    native: native.findings,
    sources: native.sources,
    allNative: options.allNative ?? false,
  });
  // Native findings kept as their own answer to --checks like ours ("native.guardduty:*", "!native.*").
  const selectNative = options.selectNative ?? (() => true);
  const report = buildReport({
    version,
    startedAt,
    scopes: inventory.scopes,
    findings: merged.findings.filter((f) => !isNativeCheckId(f.checkId) || selectNative(f.checkId)),
    // A native source that is off is a finding (threat-detection.enabled), not a failed read: it must not keep
    // history from resolving what a successful listing no longer shows. What it means for AI assets is a warning.
    errors: [...inventory.errors, ...errors, ...native.errors],
    assetCount: assets.length,
  });
  if (native.sources.length > 0 || native.findings.length > 0) report.native = merged.summary;
  const warnings = [...merged.gaps.map(gapWarning), ...advisoryWarnings(new Date())];
  if (warnings.length > 0) report.warnings = warnings;
  phase("merged");
  return { report, assets };
}

/** "aws 111122223333 us-east-1: GuardDuty is not enabled here (…)". */
function gapWarning(gap: CollectionError): string {
  return `${gap.provider} ${gap.account}${gap.region ? ` ${gap.region}` : ""}: ${gap.message}`;
}

export interface AssessOptions {
  /** Keep native findings on resources that are not AI assets too (--all-native). */
  allNative?: boolean;
  /** Which native check ids ("native.<source>:<type>") to keep; all when absent. */
  selectNative?: (checkId: string) => boolean;
  /** Told as each step ends, so the benchmark can measure memory per step. */
  onPhase?: (phase: ScanPhase) => void;
  /** What the user supplied for checks to judge against (--approved-models). */
  inputs?: CheckInputs;
}

/** The steps of a scan, in order, as told to onPhase. */
export type ScanPhase = "collected" | "normalized" | "evaluated" | "merged" | "audited" | "written";

/** Native findings of every adapter that has them (pure, like normalize); a failure is an error entry. */
export function nativeAll(
  inventory: Inventory,
  adapters: readonly AnyProviderAdapter[],
): { findings: NativeFinding[]; sources: NativeSourceStatus[]; errors: Inventory["errors"] } {
  const out = {
    findings: [] as NativeFinding[],
    sources: [] as NativeSourceStatus[],
    errors: [] as Inventory["errors"],
  };
  for (const adapter of adapters) {
    if (!adapter.nativeFindings) continue;
    try {
      const part = adapter.nativeFindings(inventory);
      out.findings.push(...part.findings);
      out.sources.push(...part.sources);
    } catch (error) {
      out.errors.push({
        provider: adapter.id,
        account: "unknown",
        service: "native",
        operation: "normalize",
        code: "MalformedInventoryRecord",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return out;
}
