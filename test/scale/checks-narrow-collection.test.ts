// --checks narrows what is read: a narrowed scan makes fewer calls and finds exactly what the full scan finds for
// the selected checks; and every check declares (in `uses`) the asset kinds it looks at through the graph, so
// narrowing never hides a neighbour from it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMixedEstate, startEmulator } from "../../mocks/index.js";
import type { Emulator } from "../../mocks/index.js";
import { runScan, type ScanFlags } from "../../cli/commands/scan.js";
import { providerOptionsFromFlags } from "../../cli/provider-flags.js";
import { CHECKS, PROVIDERS } from "../../wiring/registry.js";
import { collectAll, normalizeAll } from "../../src/engine/scan.js";
import { checkIdSelector, isNativeCheckId } from "../../src/engine/select-checks.js";
import { AssetGraph } from "../../src/model/graph.js";
import type { Asset } from "../../src/model/asset.js";
import type { Finding } from "../../src/model/finding.js";

const quiet = { stdout: () => {}, stderr: () => {}, progress: false };
let emulator: Emulator;
let flags: ScanFlags;

beforeAll(async () => {
  emulator = await startEmulator({ estate: generateMixedEstate({ resources: 60 }) });
  flags = {
    format: "json",
    failOn: "none",
    concurrency: 16,
    maxAttempts: 8,
    provider: "all",
    endpoint: emulator.endpoint,
    azureEndpoint: emulator.azureEndpoint,
    azureCaCertificate: emulator.azureCaCertificate,
  };
});
afterAll(() => emulator?.close());

const verdict = (f: Finding) => [f.id, f.checkId, f.resource.id, f.severity, f.status, f.message].join(" ");
const totalCalls = () => Object.values(emulator.calls()).reduce((a, b) => a + b, 0);

async function scan(checks?: string) {
  emulator.resetStats();
  const { report } = await runScan({ ...flags, ...(checks ? { checks } : {}) }, quiet);
  return { findings: report.findings, calls: totalCalls() };
}

describe("--checks narrows collection", () => {
  it("finds what the full scan finds for the selected checks, with fewer calls", async () => {
    const full = await scan();
    expect(full.findings.length).toBeGreaterThan(100);
    for (const pattern of ["storage.public-read", "search.*,notebook.*", "graph.*", "threat-detection.*"]) {
      const narrowed = await scan(pattern);
      const selects = checkIdSelector(pattern);
      const expected = full.findings.filter((f) => !isNativeCheckId(f.checkId) && selects(f.checkId));
      expect(expected.length, pattern).toBeGreaterThan(0);
      expect(narrowed.findings.map(verdict).sort(), pattern).toEqual(expected.map(verdict).sort());
      if (pattern !== "threat-detection.*") expect(narrowed.calls, pattern).toBeLessThan(full.calls);
    }
  }, 120_000);
});

/** Remembers the kinds of the assets a check was handed through the graph. */
class RecordingGraph extends AssetGraph {
  seen = new Set<string>();
  override get(id: string): Asset | undefined {
    const asset = super.get(id);
    if (asset) this.seen.add(asset.kind);
    return asset;
  }
  override all(): IterableIterator<Asset> {
    this.seen.add("all");
    return super.all();
  }
  override ofKind<K extends Asset["kind"]>(kind: K) {
    this.seen.add(kind);
    return super.ofKind(kind);
  }
}

describe("each check's `uses`", () => {
  it("covers every asset kind the check looks at through the graph", async () => {
    const inventory = await collectAll(
      PROVIDERS,
      { concurrency: 16, maxAttempts: 8 },
      providerOptionsFromFlags(flags, PROVIDERS),
    );
    const { assets } = normalizeAll(inventory, PROVIDERS);
    const undeclared: string[] = [];
    for (const check of CHECKS) {
      const graph = new RecordingGraph(assets);
      for (const asset of assets) if (asset.kind === check.kind) check.evaluate(asset, graph);
      graph.seen.delete(check.kind);
      const declared = check.uses;
      if (declared === "all") continue;
      for (const kind of graph.seen)
        if (!declared?.includes(kind as never)) undeclared.push(`${check.id} looks at ${kind}`);
    }
    expect(undeclared).toEqual([]);
  }, 60_000);
});
