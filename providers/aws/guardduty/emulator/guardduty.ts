// Amazon GuardDuty (REST-JSON, signing name "guardduty"): ListDetectors, GetDetector, ListFindings (findingCriteria,
// sortCriteria, nextToken) and GetFindings (at most 50 ids). Errors are GuardDuty's own: 400 BadRequestException
// (body type InvalidInputException) for bad input and unknown detectors, 403 AccessDeniedException, 429
// TooManyRequestsException when throttled. Everything else under /detector that is not a read is a write.
import { createHash } from "node:crypto";
import { randomBytes } from "node:crypto";
import type { Account } from "../../../../mocks/estate/schema.js";
import type { GuardDutyDetector } from "./estate.js";
import { parseJsonBody } from "../../../../mocks/protocols/json.js";
import { requestId } from "../../../../mocks/protocols/request-id.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { CriteriaError, matchesCriteria, sortFindings, type Condition } from "./guardduty-criteria.js";
import { toWire } from "./guardduty-wire.js";
import { guardDutyEstate } from "./estate.js";

const INVALID_INPUT =
  "The request is rejected because an invalid or out-of-range value is specified as an input parameter.";
/** API Reference: maxResults 1–50 for ListDetectors and ListFindings; GetFindings takes at most 50 ids. */
const MAX_PAGE = 50;
const MAX_GET = 50;

function gdError(status: number, code: string, message: string, type = code): EmuResponse {
  return {
    status,
    headers: {
      "content-type": "application/json",
      "x-amzn-requestid": requestId(),
      "x-amzn-errortype": code,
    },
    body: JSON.stringify({ message, type }),
  };
}

const badRequest = (message = INVALID_INPUT) =>
  gdError(400, "BadRequestException", message, "InvalidInputException");

const errors: ServiceErrors = {
  error: (status, code, message) => gdError(status, code, message),
  throttling: { status: 429, code: "TooManyRequestsException", message: "Rate exceeded" },
  accessDenied: {
    status: 403,
    code: "AccessDeniedException",
    message: "User is not authorized to perform this operation on this resource",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: { status: 403, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 404, code: "UnknownOperationException", message: "Unknown operation" },
};

const FINDINGS_ROUTES: Record<string, { name: string; write: boolean }> = {
  "": { name: "ListFindings", write: false },
  get: { name: "GetFindings", write: false },
  statistics: { name: "GetFindingsStatistics", write: false },
  archive: { name: "ArchiveFindings", write: true },
  unarchive: { name: "UnarchiveFindings", write: true },
  feedback: { name: "UpdateFindingsFeedback", write: true },
  create: { name: "CreateSampleFindings", write: true },
};

function operation(req: EmuRequest): Operation | undefined {
  const parts = req.path.split("/").filter(Boolean);
  if (parts[0] === "malware-protection-plan") {
    const read = req.method === "GET";
    if (parts.length === 1)
      return {
        name: read ? "ListMalwareProtectionPlans" : "CreateMalwareProtectionPlan",
        resource: "",
        write: !read,
      };
    const verb = read ? "Get" : req.method === "DELETE" ? "Delete" : "Update";
    return { name: `${verb}MalwareProtectionPlan`, resource: parts[1] ?? "", write: !read };
  }
  if (parts[0] !== "detector") return undefined;
  const detectorId = parts[1] ?? "";
  const read = req.method === "GET";
  if (parts.length === 1)
    return { name: read ? "ListDetectors" : "CreateDetector", resource: "", write: !read };
  if (parts.length === 2) {
    const verb = read ? "Get" : req.method === "DELETE" ? "Delete" : "Update";
    return { name: `${verb}Detector`, resource: detectorId, write: !read };
  }
  if (parts[2] === "findings" && req.method === "POST") {
    const route = FINDINGS_ROUTES[parts.slice(3).join("/")];
    if (route) return { ...route, resource: detectorId };
  }
  // Anything else: GETs are reads this emulator does not serve; other methods are writes (recorded, refused).
  const name = parts
    .slice(2)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");
  return read
    ? { name: `Get${name}`, resource: detectorId, write: false }
    : { name: `${req.method}${name}`, resource: detectorId, write: true };
}

/** Malware Protection for S3 plans with their ids and ARNs (minted from the bucket name when not given). */
function malwarePlans(ctx: HandlerContext) {
  return (guardDutyEstate.of(ctx.account)?.[ctx.region]?.malwareProtectionPlans ?? []).map((plan) => {
    const id =
      plan.MalwareProtectionPlanId ??
      createHash("sha256")
        .update(`plan:${plan.ProtectedResource.S3Bucket.BucketName}`)
        .digest("hex")
        .slice(0, 20);
    return {
      ...plan,
      MalwareProtectionPlanId: id,
      Arn: plan.Arn ?? `arn:aws:guardduty:${ctx.region}:${ctx.account.id}:malware-protection-plan/${id}`,
    };
  });
}

function handleMalwarePlans(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const plans = malwarePlans(ctx);
  if (op.name === "ListMalwareProtectionPlans") {
    const page = paginate(
      plans.map((p) => p.MalwareProtectionPlanId),
      null,
      req.query.get("nextToken"),
      ctx,
    );
    return "error" in page
      ? page.error
      : ok({
          malwareProtectionPlans: page.items.map((id) => ({ malwareProtectionPlanId: id })),
          ...(page.next ? { nextToken: page.next } : {}),
        });
  }
  const plan = plans.find((p) => p.MalwareProtectionPlanId === op.resource);
  if (!plan)
    return errors.error(404, "ResourceNotFoundException", `Malware protection plan ${op.resource} not found`);
  const { MalwareProtectionPlanId: _id, CreatedAt, ...rest } = plan;
  // CreatedAt is epoch seconds on the wire here.
  return ok({
    ...(toWire(rest) as object),
    createdAt: Date.parse(CreatedAt ?? "2025-01-01T00:00:00Z") / 1000,
  });
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  if (op.name.endsWith("MalwareProtectionPlans") || op.name.endsWith("MalwareProtectionPlan"))
    return handleMalwarePlans(req, op, ctx);
  const detectors = guardDutyEstate.of(ctx.account)?.[ctx.region]?.detectors ?? [];
  if (op.name === "ListDetectors") {
    const page = paginate(
      detectors.map((d) => d.DetectorId),
      req.query.get("maxResults"),
      req.query.get("nextToken"),
      ctx,
    );
    return "error" in page
      ? page.error
      : ok({ detectorIds: page.items, ...(page.next ? { nextToken: page.next } : {}) });
  }
  const detector = detectors.find((d) => d.DetectorId === op.resource);
  if (!detector)
    return badRequest(
      "The request is rejected because the input detectorId is not owned by the current account.",
    );
  if (op.name === "GetDetector") return ok(toWire(detectorReply(detector, ctx.account)));

  let body: Record<string, unknown>;
  try {
    body = (parseJsonBody(req) ?? {}) as Record<string, unknown>;
  } catch {
    return badRequest("The request is rejected because the JSON could not be processed.");
  }
  const findings = detector.Findings.map(
    (f) => toWire(withDefaults(f, detector, ctx.account, ctx.region)) as Record<string, unknown>,
  );
  if (op.name === "ListFindings") {
    let selected: unknown[];
    try {
      const criterion =
        (body.findingCriteria as { criterion?: Record<string, Condition> } | undefined)?.criterion ?? {};
      selected = findings.filter((f) => matchesCriteria(f, criterion));
    } catch (error) {
      if (error instanceof CriteriaError) return badRequest(`${INVALID_INPUT} (${error.message})`);
      throw error;
    }
    const sorted = sortFindings(
      selected,
      body.sortCriteria as { attributeName?: string; orderBy?: string } | undefined,
    );
    const page = paginate(
      sorted.map((f) => (f as { id: string }).id),
      body.maxResults === undefined ? null : String(body.maxResults),
      typeof body.nextToken === "string" ? body.nextToken : null,
      ctx,
    );
    return "error" in page
      ? page.error
      : ok({ findingIds: page.items, ...(page.next ? { nextToken: page.next } : {}) });
  }
  if (op.name === "GetFindings") {
    const ids = body.findingIds;
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.length > MAX_GET ||
      ids.some((id) => typeof id !== "string")
    )
      return badRequest();
    // Unknown ids are left out, as GuardDuty does; the reply keeps the order of the request.
    const byId = new Map(findings.map((f) => [f.id as string, f]));
    const found = (ids as string[]).map((id) => byId.get(id)).filter(Boolean);
    return ok({
      findings: sortFindings(
        found,
        body.sortCriteria as { attributeName?: string; orderBy?: string } | undefined,
      ),
    });
  }
  return gdError(501, "NotImplemented", `${op.name} is not implemented by the emulator`);
}

function detectorReply(detector: GuardDutyDetector, account: Account) {
  const { Findings: _findings, DetectorId: _id, ...rest } = detector;
  return {
    CreatedAt: "2024-01-01T00:00:00.000Z",
    UpdatedAt: detector.CreatedAt ?? "2024-01-01T00:00:00.000Z",
    ServiceRole: `arn:aws:iam::${account.id}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
    Tags: {},
    ...rest,
  };
}

/** What GuardDuty always fills in, so an estate finding can be written with only what matters to it. */
function withDefaults(
  finding: Record<string, unknown>,
  detector: GuardDutyDetector,
  account: Account,
  region: string,
) {
  const service = (finding.Service ?? {}) as Record<string, unknown>;
  const created = (finding.CreatedAt as string | undefined) ?? "2024-01-01T00:00:00.000Z";
  return {
    AccountId: account.id,
    Arn: `arn:aws:guardduty:${region}:${account.id}:detector/${detector.DetectorId}/finding/${String(finding.Id)}`,
    CreatedAt: created,
    Partition: "aws",
    Region: region,
    SchemaVersion: "2.0",
    Title: finding.Type,
    UpdatedAt: (finding.UpdatedAt as string | undefined) ?? created,
    ...finding,
    Service: {
      ServiceName: "guardduty",
      DetectorId: detector.DetectorId,
      Archived: false,
      Count: 1,
      EventFirstSeen: created,
      EventLastSeen: (finding.UpdatedAt as string | undefined) ?? created,
      ...service,
    },
  };
}

/** nextToken is opaque (an offset and a random tag); a forged or stale one is BadRequestException. */
function paginate(
  items: string[],
  maxResults: string | null,
  token: string | null,
  ctx: HandlerContext,
): { items: string[]; next: string | undefined } | { error: EmuResponse } {
  const requested = maxResults === null ? MAX_PAGE : Number(maxResults);
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_PAGE) return { error: badRequest() };
  const size = Math.min(requested, ctx.pageSize ?? MAX_PAGE);
  let offset = 0;
  if (token) {
    const decoded = decodeToken(token);
    if (decoded === undefined || decoded > items.length) return { error: badRequest() };
    offset = decoded;
  }
  const end = offset + size;
  return { items: items.slice(offset, end), next: end < items.length ? encodeToken(end) : undefined };
}

function encodeToken(offset: number): string {
  return Buffer.from(`${offset}:${randomBytes(6).toString("hex")}`).toString("base64url");
}

function decodeToken(token: string): number | undefined {
  const match = /^(\d+):[0-9a-f]{12}$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}

function ok(body: unknown): EmuResponse {
  return {
    status: 200,
    headers: { "content-type": "application/json", "x-amzn-requestid": requestId() },
    body: JSON.stringify(body),
  };
}

export const guardduty: ServiceEmulator = {
  name: "guardduty",
  matches: (req) => (req.auth ? req.auth.service === "guardduty" : req.path.startsWith("/detector")),
  operation,
  errors,
  handle,
};
