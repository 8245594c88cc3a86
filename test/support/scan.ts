// Runs the real collection + evaluation pipeline against an emulator, the way the CLI does.
import { awsProvider } from "../../providers/aws/index.js";
import { ALL_CHECKS } from "../../checks/index.js";
import { assess } from "../../src/engine/scan.js";
import type { Emulator } from "../../mocks/index.js";
import type { Finding, Report } from "../../src/model/finding.js";
import type { Inventory } from "../../src/model/inventory.js";
import { collectWith } from "./collect.js";

export async function scanEmulator(
  emulator: Emulator,
  options: { concurrency?: number; maxAttempts?: number; regions?: string[] } = {},
): Promise<{ report: Report; inventory: Inventory }> {
  const inventory = await collectWith([awsProvider], {
    endpoint: emulator.endpoint,
    concurrency: options.concurrency ?? 8,
    maxAttempts: options.maxAttempts ?? 8,
    ...(options.regions ? { regions: options.regions } : {}),
  });
  const { report } = assess(inventory, [awsProvider], ALL_CHECKS, new Date().toISOString(), "test");
  return { report, inventory };
}

/** The comparable part of a finding: what a run decided, without timestamps. */
export function verdicts(report: Report): string[] {
  return report.findings
    .map((f: Finding) => `${f.checkId} ${f.resource.id} ${f.status} ${f.severity}`)
    .sort();
}

export function findingFor(report: Report, checkId: string, resourceName: string): Finding | undefined {
  return report.findings.find((f) => f.checkId === checkId && f.resource.name === resourceName);
}
