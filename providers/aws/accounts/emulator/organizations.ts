// AWS Organizations (awsJson1_1, X-Amz-Target AWSOrganizationsV20161128.<Operation>): ListAccounts only, from
// the estate's `aws.organization`. Follows the Organizations API Reference (ListAccounts; Common Errors):
// only the management account or a delegated administrator may call it, MaxResults is 1–20, NextToken is
// opaque, and a forged token is InvalidInputException with Reason INVALID_NEXT_TOKEN.
import { jsonTarget, parseJsonBody } from "../../../../mocks/protocols/json.js";
import { requestId } from "../../../../mocks/protocols/request-id.js";
import type { Organization, OrgAccount } from "./estate.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { organizationEstate } from "./estate.js";

const TARGET_PREFIX = "AWSOrganizationsV20161128";
const DEFAULT_ORG_ID = "o-aiposture01";
/** ListAccounts MaxResults bounds (API Reference); without it the service returns pages of up to 20. */
const MAX_RESULTS = 20;
/** The deprecated Status field has fewer values than State; CLOSED and PENDING_ACTIVATION have none. */
const LEGACY_STATUSES = new Set(["ACTIVE", "SUSPENDED", "PENDING_CLOSURE"]);

function orgError(status: number, code: string, message: string, extra: object = {}): EmuResponse {
  return {
    status,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": requestId() },
    body: JSON.stringify({ __type: code, Message: message, ...extra }),
  };
}

function ok(body: unknown): EmuResponse {
  return {
    status: 200,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": requestId() },
    body: JSON.stringify(body),
  };
}

const errors: ServiceErrors = {
  error: (status, code, message) => orgError(status, code, message),
  throttling: {
    status: 429,
    code: "TooManyRequestsException",
    message: "You have sent too many requests in too short a period of time.",
  },
  accessDenied: {
    status: 403,
    code: "AccessDeniedException",
    message: "You don't have permissions to access this resource.",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationTokenException",
    message: "Request is missing Authentication Token",
  },
  writeDenied: { status: 403, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "UnknownOperationException", message: "" },
};

function operation(req: EmuRequest): Operation | undefined {
  const target = jsonTarget(req);
  if (!target || target.prefix !== TARGET_PREFIX) return undefined;
  return { name: target.operation, resource: "", write: !/^(Describe|List)/.test(target.operation) };
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  if (op.name !== "ListAccounts")
    return orgError(501, "NotImplemented", `The emulator does not implement ${op.name}`);
  const org = organizationEstate.of(ctx.estate.aws);
  const caller = ctx.account.id;
  if (!org || !org.accounts.some((a) => a.Id === caller))
    return orgError(
      404,
      "AWSOrganizationsNotInUseException",
      "Your account is not a member of an organization.",
    );
  if (caller !== org.managementAccountId && !org.delegatedAdministrators.includes(caller))
    return orgError(403, errors.accessDenied.code, errors.accessDenied.message);

  let body: { NextToken?: unknown; MaxResults?: unknown };
  try {
    body = parseJsonBody(req) as typeof body;
  } catch {
    return orgError(400, "SerializationException", "Start of structure or map found where not expected.");
  }
  const max = body.MaxResults;
  if (
    max !== undefined &&
    (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > MAX_RESULTS)
  )
    return invalidInput(
      typeof max === "number" && max > MAX_RESULTS ? "MAX_VALUE_EXCEEDED" : "MIN_VALUE_EXCEEDED",
      "You provided a value that does not match the required pattern or range.",
    );
  let start = 0;
  if (body.NextToken !== undefined) {
    const decoded = typeof body.NextToken === "string" ? decodeToken(body.NextToken) : undefined;
    if (decoded === undefined || decoded > org.accounts.length)
      return invalidInput("INVALID_NEXT_TOKEN", "The NextToken value is not valid.");
    start = decoded;
  }
  const size = Math.min(typeof max === "number" ? max : MAX_RESULTS, ctx.pageSize ?? MAX_RESULTS);
  const page = org.accounts.slice(start, start + size);
  const next = start + page.length;
  return ok({
    Accounts: page.map((account) => wireAccount(org, account)),
    ...(next < org.accounts.length ? { NextToken: encodeToken(next) } : {}),
  });
}

function invalidInput(reason: string, message: string): EmuResponse {
  return orgError(400, "InvalidInputException", message, { Reason: reason });
}

/** The Account shape on the wire: defaults filled in, JoinedTimestamp as epoch seconds (awsJson1_1). */
function wireAccount(org: Organization, account: OrgAccount): Record<string, unknown> {
  const orgId = org.Id ?? DEFAULT_ORG_ID;
  const state = account.State ?? account.Status ?? "ACTIVE";
  const status = account.Status ?? (LEGACY_STATUSES.has(state) ? state : undefined);
  return {
    Id: account.Id,
    Arn: account.Arn ?? `arn:aws:organizations::${org.managementAccountId}:account/${orgId}/${account.Id}`,
    Email: account.Email ?? `aws+${account.Id}@example.com`,
    Name: account.Name ?? `account-${account.Id}`,
    ...(status ? { Status: status } : {}),
    State: state,
    JoinedMethod: account.JoinedMethod ?? (account.Id === org.managementAccountId ? "CREATED" : "INVITED"),
    JoinedTimestamp: Date.parse(account.JoinedTimestamp ?? "2024-01-01T00:00:00Z") / 1000,
    ...(account.Paths ? { Paths: account.Paths } : {}),
  };
}

// Opaque, like the service's own tokens: clients must not build them.
function encodeToken(offset: number): string {
  return Buffer.from(`v1:${offset}`).toString("base64url");
}

function decodeToken(token: string): number | undefined {
  const text = Buffer.from(token, "base64url").toString("utf8");
  const match = /^v1:(\d+)$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

export const organizations: ServiceEmulator = {
  name: "organizations",
  matches: (req) =>
    req.auth ? req.auth.service === "organizations" : jsonTarget(req)?.prefix === TARGET_PREFIX,
  operation,
  errors,
  handle,
};
