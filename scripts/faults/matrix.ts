// The fault matrix: for each service family and each fault, a scan of the demo estate through the emulator,
// every verdict compared with the clean run's. A cell is `equal`, `unknown+gap` (verdicts unknown or resources
// missing, with coverage gaps listed and exit 3) or `WRONG` (a verdict silently changed, a new failure, a change
// without a gap, or a scan past its time bound). Used by `npm run faults` and by test/faults/matrix.test.ts.
import { ALL_CHECKS } from "../../checks/index.js";
import { exitCodeFor } from "../../cli/commands/scan.js";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { startEmulator, type FaultsInput } from "../../mocks/index.js";
import { awsProvider } from "../../providers/aws/index.js";
import { AWS_OPERATIONS } from "../../providers/aws/operations.js";
import { azureProvider } from "../../providers/azure/index.js";
import { AZURE_OPERATIONS } from "../../providers/azure/operations.js";
import { assess, collectAll } from "../../src/engine/scan.js";
import type { Report } from "../../src/model/finding.js";

export interface Family {
  label: string;
  provider: "aws" | "azure";
  /** The emulator's service name(s) the faults target (a glob). */
  service: string;
  /** Every operation of the family (AccessDenied is tried on each). */
  operations: string[];
  /** The one operation the bounded test suite denies. */
  representative: string;
  /**
   * Operations whose empty document (`{}`, `<Root/>`, no body) is not a valid answer, so a client can tell it is
   * malformed. Elsewhere the empty document is the service's own "nothing configured" reply (Bedrock's logging
   * configuration, S3's logging and versioning status): indistinguishable on the wire, so not a fault to detect.
   */
  detectable: string[];
}

const awsOps = (...clients: string[]) =>
  AWS_OPERATIONS.filter((o) => clients.includes(o.client)).map((o) => o.operation);
const azureOps = (service: string) =>
  AZURE_OPERATIONS.filter((o) => o.service === service).map((o) => o.operation);
const alwaysAnswering = (operations: string[]) =>
  operations.filter((op) => AWS_OPERATIONS.some((o) => o.operation === op && o.alwaysReturns !== undefined));

/** AWS families: the empty document is detectable where the operation lists what it always returns. */
function aws(family: Omit<Family, "provider" | "detectable">): Family {
  return { ...family, provider: "aws", detectable: alwaysAnswering(family.operations) };
}
function azure(family: Omit<Family, "provider" | "detectable">): Family {
  return { ...family, provider: "azure", detectable: family.operations };
}

export const FAMILIES: readonly Family[] = [
  aws({
    label: "S3",
    service: "s3",
    operations: awsOps("s3"),
    representative: "GetBucketPolicy",
  }),
  aws({
    label: "OpenSearch",
    service: "opensearch",
    operations: awsOps("opensearch"),
    representative: "DescribeDomains",
  }),
  aws({
    label: "Serverless",
    service: "aoss",
    operations: awsOps("opensearchserverless"),
    representative: "GetSecurityPolicy",
  }),
  aws({
    label: "SageMaker",
    service: "sagemaker",
    operations: awsOps("sagemaker"),
    representative: "DescribeEndpointConfig",
  }),
  aws({
    label: "Bedrock",
    service: "bedrock*",
    operations: [...new Set(awsOps("bedrock", "bedrock-agent"))],
    representative: "ListGuardrails",
  }),
  aws({
    label: "GuardDuty",
    service: "guardduty",
    operations: awsOps("guardduty"),
    representative: "GetDetector",
  }),
  azure({
    label: "Azure storage",
    service: "azure-storage",
    operations: azureOps("storage"),
    representative: "BlobServices_GetServiceProperties",
  }),
  azure({
    label: "Azure search",
    service: "azure-search",
    operations: azureOps("search"),
    representative: "Services_ListBySubscription",
  }),
  azure({
    label: "Azure ML",
    service: "azure-machinelearning",
    operations: azureOps("machinelearning"),
    representative: "OnlineEndpoints_List",
  }),
  azure({
    label: "Azure cognitive",
    service: "azure-cognitive",
    operations: azureOps("cognitive"),
    representative: "Accounts_List",
  }),
  azure({
    label: "Azure Defender",
    service: "azure-security",
    operations: azureOps("defender"),
    representative: "Pricings_List",
  }),
];

/** Timings of one matrix run: the full run keeps the product's, the test suite scales them down. */
export interface Timing {
  /** Per-attempt request timeout given to the scan (--request-timeout). */
  requestTimeoutMs: number;
  /** How late the slow fault answers each call (below the request timeout: slow but working). */
  slowMs: number;
  /** The scan's --deadline. */
  deadlineMs: number;
  /** Attempts per call (--max-attempts). */
  maxAttempts: number;
  concurrency: number;
}

export interface Fault {
  id: string;
  label: string;
  /** The faults of one scan; a per-operation fault gives one scan per operation of the family. */
  faults(family: Family, timing: Timing, operation: string): FaultsInput;
  perOperation?: boolean;
}

export const FAULTS: readonly Fault[] = [
  {
    id: "throttle30",
    label: "throttle 30 %",
    faults: (f) => ({ throttle: [{ service: f.service, rate: 0.3, seed: 7, retryAfterSeconds: 0 }] }),
  },
  {
    id: "throttle100",
    label: "throttle 100 %",
    faults: (f) => ({ throttle: [{ service: f.service, rate: 1, retryAfterSeconds: 0 }] }),
  },
  {
    id: "denied",
    label: "AccessDenied (each operation)",
    perOperation: true,
    faults: (f, _t, operation) => ({ accessDenied: [{ service: f.service, operation }] }),
  },
  {
    id: "http500",
    label: "HTTP 500",
    faults: (f) => ({ serverError: [{ service: f.service, status: 500 }] }),
  },
  {
    id: "http503",
    label: "HTTP 503",
    faults: (f) => ({ serverError: [{ service: f.service, status: 503 }] }),
  },
  {
    id: "malformed",
    label: "malformed body",
    faults: (f) => ({ malformed: [{ service: f.service, body: "bare" }] }),
  },
  {
    id: "empty",
    label: "empty body",
    faults: (f) => ({ malformed: [{ service: f.service, body: "empty" }] }),
  },
  {
    id: "truncated",
    label: "truncated body",
    faults: (f) => ({ malformed: [{ service: f.service, body: "truncated" }] }),
  },
  { id: "reset", label: "connection reset", faults: (f) => ({ reset: [{ service: f.service }] }) },
  { id: "slow", label: "slow", faults: (f, t) => ({ slow: [{ service: f.service, ms: t.slowMs }] }) },
  { id: "hung", label: "hung", faults: (f) => ({ hang: [{ service: f.service }] }) },
  {
    id: "repeatToken",
    label: "repeating page token",
    faults: (f) => ({ repeatToken: [{ service: f.service }], pageSize: 1 }),
  },
];

export type CellStatus = "equal" | "unknown+gap" | "WRONG";

export interface Cell {
  status: CellStatus;
  /** Longest scan of the cell, in seconds. */
  seconds: number;
  scans: number;
  /** What made it WRONG (or, for a gap, what changed), a few lines. */
  detail: string[];
}

interface Scan {
  verdicts: Map<string, string[]>;
  errors: number;
  exitCode: number;
  seconds: number;
}

async function scan(
  provider: "aws" | "azure",
  faults: FaultsInput,
  timing: Timing,
  boundSeconds: number,
): Promise<Scan> {
  const emulator = await startEmulator({ estate: DEMO_ESTATE, faults });
  const started = performance.now();
  try {
    const adapter = provider === "aws" ? awsProvider : azureProvider;
    const connection =
      provider === "aws"
        ? { aws: { endpoint: emulator.endpoint } }
        : {
            azure: { azureEndpoint: emulator.azureEndpoint, azureCaCertificate: emulator.azureCaCertificate },
          };
    const collecting = collectAll(
      [adapter],
      {
        concurrency: timing.concurrency,
        maxAttempts: timing.maxAttempts,
        requestTimeoutMs: timing.requestTimeoutMs,
        deadline: Date.now() + timing.deadlineMs,
      },
      connection,
    );
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), boundSeconds * 1000);
    });
    const inventory = await Promise.race([collecting, bound]).finally(() => clearTimeout(timer));
    const seconds = (performance.now() - started) / 1000;
    if (inventory === "timeout") return { verdicts: new Map(), errors: 0, exitCode: -1, seconds };
    const { report } = assess(inventory, [adapter], ALL_CHECKS, new Date().toISOString(), "faults");
    return {
      verdicts: verdictsOf(report),
      errors: report.errors.length,
      exitCode: exitCodeFor(report, "none"),
      seconds,
    };
  } finally {
    await emulator.close();
  }
}

/** Statuses per check and resource (a chain check can report several findings on one resource), sorted. */
function verdictsOf(report: Report): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of report.findings) {
    const key = `${f.checkId} ${f.resource.id}`;
    out.set(key, [...(out.get(key) ?? []), f.status].sort());
  }
  return out;
}

/** What `after` has that `before` has not, counting repeats. */
function without(after: readonly string[], before: readonly string[]): string[] {
  const left = [...before];
  return after.filter((status) => {
    const at = left.indexOf(status);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** How one faulty scan compares with the clean one. */
export function compare(clean: Scan, faulty: Scan, boundSeconds: number): Omit<Cell, "scans"> {
  const seconds = faulty.seconds;
  if (faulty.exitCode === -1)
    return { status: "WRONG", seconds, detail: [`did not finish within ${boundSeconds} s`] };
  const wrong: string[] = [];
  let changed = 0;
  for (const [key, before] of clean.verdicts) {
    const after = faulty.verdicts.get(key) ?? [];
    const added = without(after, before);
    const lost = without(before, after);
    if (added.length === 0 && lost.length === 0) continue;
    changed++;
    const decidedNew = added.filter((status) => status !== "unknown");
    // A failure that vanished from a resource still reported, with nothing unknown in its place, is silent.
    const silentlyLost = lost.includes("fail") && after.length > 0 && !added.includes("unknown");
    if (decidedNew.length > 0 || silentlyLost)
      wrong.push(`${key}: ${before.join("+")} became ${after.join("+") || "nothing"}`);
  }
  // A native finding (GuardDuty, Defender) is the service's own verdict: when the check it folds into becomes
  // unknown it is reported on its own, which is no false failure.
  for (const [key, after] of faulty.verdicts)
    if (!clean.verdicts.has(key) && after.includes("fail") && !key.startsWith("native."))
      wrong.push(`${key}: a failure the clean run does not have`);
  if (wrong.length > 0) return { status: "WRONG", seconds, detail: wrong.slice(0, 5) };
  if (changed === 0 && faulty.errors === 0) return { status: "equal", seconds, detail: [] };
  // Something is unknown or missing, or a read failed: only honest with a listed gap and exit 3.
  if (faulty.errors === 0 || faulty.exitCode !== 3)
    return {
      status: "WRONG",
      seconds,
      detail: [`${changed} verdicts changed with ${faulty.errors} gaps listed and exit ${faulty.exitCode}`],
    };
  return changed === 0
    ? { status: "equal", seconds, detail: [`${faulty.errors} gaps listed, every verdict equal`] }
    : {
        status: "unknown+gap",
        seconds,
        detail: [`${changed} verdicts unknown or missing, ${faulty.errors} gaps`],
      };
}

const RANK: Record<CellStatus, number> = { equal: 0, "unknown+gap": 1, WRONG: 2 };

/** Runs the cells asked for, one scan at a time (each against its own emulator). */
export async function runMatrix(options: {
  families: readonly Family[];
  faults: readonly Fault[];
  timing: Timing;
  /** Deny only each family's representative operation (the bounded suite). */
  representativeOnly?: boolean;
  /** Run only the cells this admits (the bounded suite); default every family × fault. */
  only?: (family: Family, fault: Fault) => boolean;
  onCell?: (family: Family, fault: Fault, cell: Cell) => void;
}): Promise<Map<string, Cell>> {
  const { timing } = options;
  // Past its deadline a scan waits at most for the attempts in flight.
  const boundSeconds = (timing.deadlineMs + 2 * timing.requestTimeoutMs) / 1000 + 10;
  const clean = new Map<string, Scan>();
  const cleanOf = async (provider: "aws" | "azure") => {
    let run = clean.get(provider);
    if (!run) {
      run = await scan(provider, {}, timing, boundSeconds);
      // A clean run with gaps would make every comparison meaningless: the timings are too tight for this machine.
      if (run.errors > 0 || run.exitCode === -1)
        throw new Error(`the clean ${provider} scan had ${run.errors} gaps: raise the request timeout`);
      clean.set(provider, run);
    }
    return run;
  };
  const cells = new Map<string, Cell>();
  for (const family of options.families) {
    for (const fault of options.faults) {
      if (options.only && !options.only(family, fault)) continue;
      const operations = fault.perOperation
        ? options.representativeOnly
          ? [family.representative]
          : family.operations
        : [""];
      let cell: Cell = { status: "equal", seconds: 0, scans: 0, detail: [] };
      for (const operation of operations) {
        const faulty = await scan(
          family.provider,
          fault.faults(family, timing, operation),
          timing,
          boundSeconds,
        );
        const result = compare(await cleanOf(family.provider), faulty, boundSeconds);
        const detail =
          operation && result.detail.length ? result.detail.map((d) => `${operation}: ${d}`) : result.detail;
        cell = {
          status: RANK[result.status] > RANK[cell.status] ? result.status : cell.status,
          seconds: Math.max(cell.seconds, result.seconds),
          scans: cell.scans + 1,
          detail:
            RANK[result.status] >= RANK[cell.status] && result.status !== "equal" ? detail : cell.detail,
        };
      }
      cells.set(`${family.label}\u0000${fault.id}`, cell);
      options.onCell?.(family, fault, cell);
    }
  }
  return cells;
}

/** The matrix as a markdown table: families down, faults across, each cell its status and longest scan. */
export function matrixTable(
  families: readonly Family[],
  faults: readonly Fault[],
  cells: Map<string, Cell>,
): string {
  const header = `| Family | ${faults.map((f) => f.label).join(" | ")} |`;
  const rule = `| --- | ${faults.map(() => "---").join(" | ")} |`;
  const rows = families.map((family) => {
    const values = faults.map((fault) => {
      const cell = cells.get(`${family.label}\u0000${fault.id}`);
      return cell ? `${cell.status} (${cell.seconds.toFixed(1)} s)` : "—";
    });
    return `| ${family.label} | ${values.join(" | ")} |`;
  });
  return [header, rule, ...rows].join("\n");
}
