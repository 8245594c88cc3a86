// AWS Security Hub (restJson1), only BatchImportFindings (POST /findings/import): the write `aiposture export
// security-hub` makes. It is a write, so the emulator refuses it unless started with an allowance for it.
// Semantics follow the API reference: at most 100 findings per request (else InvalidInputException); each
// finding is accepted or listed in FailedFindings with its own ErrorCode, so one bad finding does not fail the
// batch; a finding is accepted only for the calling account, in the request's region, under the account's
// default product (arn:aws:securityhub:REGION:ACCOUNT:product/ACCOUNT/default).
import { jsonError, jsonOk, parseJsonBody } from "../protocols/json.js";
import type { RuntimeState } from "../runtime.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../types.js";

const MAX_FINDINGS = 100;
const REQUIRED = [
  "AwsAccountId",
  "CreatedAt",
  "Description",
  "GeneratorId",
  "Id",
  "ProductArn",
  "Resources",
  "SchemaVersion",
  "Title",
  "UpdatedAt",
] as const;

export interface ImportedFinding {
  region: string;
  finding: Record<string, unknown>;
}

const errors: ServiceErrors = {
  error: (status, code, message) => jsonError(status, code, message),
  throttling: { status: 429, code: "TooManyRequestsException", message: "Rate exceeded" },
  accessDenied: {
    status: 403,
    code: "AccessDeniedException",
    message: "User is not authorized to perform: securityhub:BatchImportFindings",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: {
    status: 403,
    code: "AccessDeniedException",
    message: "The emulator refuses writes it was not started to accept",
  },
  unknownOperation: { status: 404, code: "UnknownOperationException", message: "Unknown operation" },
};

function operation(req: EmuRequest): Operation | undefined {
  if (req.method === "POST" && req.path === "/findings/import")
    return { name: "BatchImportFindings", resource: "", write: true };
  return undefined;
}

/** Findings imported so far, per region, in arrival order (a re-import of the same Id replaces it). */
export function importedFindings(runtime: RuntimeState): Map<string, ImportedFinding> {
  return runtime.slot<Map<string, ImportedFinding>>("securityhub", () => new Map());
}

function handle(req: EmuRequest, _op: Operation, ctx: HandlerContext): EmuResponse {
  let body: unknown;
  try {
    body = parseJsonBody(req);
  } catch {
    return errors.error(400, "InvalidInputException", "Request body is not valid JSON");
  }
  const findings = (body as { Findings?: unknown }).Findings;
  if (!Array.isArray(findings) || findings.length === 0)
    return errors.error(400, "InvalidInputException", "Findings must contain between 1 and 100 items");
  if (findings.length > MAX_FINDINGS)
    return errors.error(
      400,
      "InvalidInputException",
      `Findings has ${findings.length} items; the maximum is ${MAX_FINDINGS}`,
    );
  const store = importedFindings(ctx.runtime);
  const failed: Array<{ Id: string; ErrorCode: string; ErrorMessage: string }> = [];
  for (const raw of findings) {
    const finding = (raw ?? {}) as Record<string, unknown>;
    const problem = rejection(finding, ctx);
    if (problem) failed.push({ Id: String(finding.Id ?? ""), ...problem });
    else store.set(`${ctx.region}/${String(finding.Id)}`, { region: ctx.region, finding });
  }
  return jsonOk({
    FailedCount: failed.length,
    SuccessCount: findings.length - failed.length,
    FailedFindings: failed,
  });
}

function rejection(
  finding: Record<string, unknown>,
  ctx: HandlerContext,
): { ErrorCode: string; ErrorMessage: string } | undefined {
  const missing = REQUIRED.filter((field) => finding[field] === undefined || finding[field] === "");
  if (missing.length > 0)
    return { ErrorCode: "InvalidInput", ErrorMessage: `Finding is missing ${missing.join(", ")}` };
  if (finding.SchemaVersion !== "2018-10-08")
    return {
      ErrorCode: "InvalidInput",
      ErrorMessage: `Unsupported SchemaVersion ${String(finding.SchemaVersion)}`,
    };
  const expected = `arn:aws:securityhub:${ctx.region}:${ctx.account.id}:product/${ctx.account.id}/default`;
  if (finding.ProductArn !== expected || finding.AwsAccountId !== ctx.account.id)
    return {
      ErrorCode: "AccessDeniedException",
      ErrorMessage: `Cannot import a finding for account ${String(finding.AwsAccountId)} under ${String(finding.ProductArn)} from account ${ctx.account.id} in ${ctx.region}`,
    };
  if (!Array.isArray(finding.Resources) || finding.Resources.length === 0)
    return { ErrorCode: "InvalidInput", ErrorMessage: "Resources must contain at least one resource" };
  return undefined;
}

export const securityhub: ServiceEmulator = {
  name: "securityhub",
  matches: (req) => (req.auth ? req.auth.service === "securityhub" : req.path === "/findings/import"),
  operation,
  errors,
  handle,
};
