// Amazon Macie (REST-JSON, signing name "macie2"): GetMacieSession (GET /macie), GetAutomatedDiscoveryConfiguration
// (GET /automated-discovery/configuration) and DescribeBuckets (POST /datasources/s3, maxResults ≤ 50, nextToken).
// Where Macie is off every call answers 403 AccessDeniedException "Macie is not enabled."; bad input is 400
// ValidationException. Any other GET is a read the emulator does not serve; any other method is a write.
import { randomBytes } from "node:crypto";
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
import { macieEstate } from "./estate.js";

const MAX_PAGE = 50;

function macieError(status: number, code: string, message: string): EmuResponse {
  return {
    status,
    headers: {
      "content-type": "application/json",
      "x-amzn-requestid": requestId(),
      "x-amzn-errortype": code,
    },
    body: JSON.stringify({ message }),
  };
}

const invalid = (message: string) => macieError(400, "ValidationException", message);

const errors: ServiceErrors = {
  error: (status, code, message) => macieError(status, code, message),
  throttling: { status: 429, code: "ThrottlingException", message: "Rate exceeded" },
  accessDenied: {
    status: 403,
    code: "AccessDeniedException",
    message: "User is not authorized to perform this operation",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: { status: 403, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 404, code: "UnknownOperationException", message: "Unknown operation" },
};

const READS: Record<string, string> = {
  "GET /macie": "GetMacieSession",
  "GET /automated-discovery/configuration": "GetAutomatedDiscoveryConfiguration",
  "POST /datasources/s3": "DescribeBuckets",
};

function operation(req: EmuRequest): Operation | undefined {
  const path = req.path.replace(/\/+$/, "") || "/";
  const name = READS[`${req.method} ${path}`];
  if (name) return { name, resource: "", write: false };
  const words = path
    .split(/[/-]/)
    .filter(Boolean)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");
  return req.method === "GET"
    ? { name: `Get${words}`, resource: "", write: false }
    : { name: `${req.method}${words}`, resource: "", write: true };
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const region = macieEstate.of(ctx.account)?.[ctx.region];
  if (!region) return macieError(403, "AccessDeniedException", "Macie is not enabled.");
  if (op.name === "GetMacieSession")
    return ok({
      createdAt: "2024-01-01T00:00:00.000Z",
      updatedAt: "2024-01-01T00:00:00.000Z",
      findingPublishingFrequency: "FIFTEEN_MINUTES",
      serviceRole: `arn:aws:iam::${ctx.account.id}:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie`,
      status: region.status,
    });
  if (op.name === "GetAutomatedDiscoveryConfiguration")
    return ok({
      status: region.automatedDiscovery ? "ENABLED" : "DISABLED",
      ...(region.automatedDiscovery ? { firstEnabledAt: "2024-01-01T00:00:00.000Z" } : {}),
    });
  if (op.name === "DescribeBuckets") {
    let body: Record<string, unknown>;
    try {
      body = (parseJsonBody(req) ?? {}) as Record<string, unknown>;
    } catch {
      return invalid("The request body could not be parsed as JSON");
    }
    const requested = body.maxResults === undefined ? MAX_PAGE : Number(body.maxResults);
    if (!Number.isInteger(requested) || requested < 1 || requested > MAX_PAGE)
      return invalid("maxResults must be between 1 and 50");
    let offset = 0;
    if (body.nextToken !== undefined) {
      const decoded = typeof body.nextToken === "string" ? decodeToken(body.nextToken) : undefined;
      if (decoded === undefined || decoded > region.buckets.length)
        return invalid("The nextToken is invalid");
      offset = decoded;
    }
    const end = offset + Math.min(requested, ctx.pageSize ?? MAX_PAGE);
    const buckets = region.buckets.slice(offset, end).map((b) => ({
      accountId: ctx.account.id,
      bucketArn: `arn:aws:s3:::${b.bucketName}`,
      region: ctx.region,
      ...b,
    }));
    return ok({ buckets, ...(end < region.buckets.length ? { nextToken: encodeToken(end) } : {}) });
  }
  return macieError(501, "NotImplemented", `${op.name} is not implemented by the emulator`);
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

export const macie: ServiceEmulator = {
  name: "macie2",
  matches: (req) =>
    req.auth ? req.auth.service === "macie2" : /^\/(macie|datasources|automated-discovery)\b/.test(req.path),
  operation,
  errors,
  handle,
};
