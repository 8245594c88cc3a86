// S3 Control's access point routes (REST-XML under /v20180820/accesspoint, account in x-amz-account-id; S3 Control
// API Reference: ListAccessPoints, GetAccessPoint, GetAccessPointPolicy, GetAccessPointPolicyStatus).
import { restXmlError, xmlOk } from "../../../../mocks/protocols/rest-xml.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { s3AccessPointsEstate, type EstateAccessPoint } from "./estate.js";

const NS = "http://awss3control.amazonaws.com/doc/2018-08-20/";
const PREFIX = "/v20180820/accesspoint";
const DEFAULT_MAX_RESULTS = 1000;

const errors: ServiceErrors = {
  error: (status, code, message, extra) => restXmlError(status, code, message, extra, true),
  throttling: { status: 503, code: "SlowDown", message: "Please reduce your request rate." },
  accessDenied: { status: 403, code: "AccessDenied", message: "Access Denied" },
  missingAuth: { status: 403, code: "AccessDenied", message: "Access Denied" },
  writeDenied: { status: 403, code: "AccessDenied", message: "Access Denied" },
  unknownOperation: { status: 501, code: "NotImplemented", message: "Not implemented by the emulator" },
};

const READS: Record<string, string> = { "": "GetAccessPoint", policy: "GetAccessPointPolicy" };
const WRITES: Record<string, Record<string, string>> = {
  PUT: { "": "CreateAccessPoint", policy: "PutAccessPointPolicy" },
  DELETE: { "": "DeleteAccessPoint", policy: "DeleteAccessPointPolicy" },
};

function operation(req: EmuRequest): Operation | undefined {
  if (req.path === PREFIX && req.method === "GET")
    return { name: "ListAccessPoints", resource: "", write: false };
  const [name, sub = ""] = req.path.slice(PREFIX.length + 1).split("/");
  if (!name) return undefined;
  if (req.method === "GET") {
    const op = sub === "policyStatus" ? "GetAccessPointPolicyStatus" : READS[sub];
    return op ? { name: op, resource: name, write: false } : undefined;
  }
  const write = WRITES[req.method]?.[sub];
  return write ? { name: write, resource: name, write: true } : undefined;
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const accountId = String(req.headers["x-amz-account-id"] ?? "");
  if (!/^\d{12}$/.test(accountId))
    return errors.error(400, "InvalidRequest", "Missing or invalid x-amz-account-id header");
  if (accountId !== ctx.account.id) return errors.error(403, "AccessDenied", "Access Denied");
  const points: EstateAccessPoint[] = s3AccessPointsEstate.of(ctx.account);
  const inRegion = points.filter((p) => p.Region === ctx.region);
  if (op.name === "ListAccessPoints") return list(req, ctx, inRegion);
  const point = inRegion.find((p) => p.Name === op.resource);
  if (!point) return errors.error(404, "NoSuchAccessPoint", "The specified accesspoint does not exist");
  if (op.name === "GetAccessPoint") return xmlOk("GetAccessPointResult", describe(point, ctx), NS);
  if (!point.Policy)
    return errors.error(404, "NoSuchAccessPointPolicy", "The specified accesspoint policy does not exist");
  if (op.name === "GetAccessPointPolicy")
    return xmlOk("GetAccessPointPolicyResult", { Policy: JSON.stringify(point.Policy) }, NS);
  return xmlOk(
    "GetAccessPointPolicyStatusResult",
    { PolicyStatus: { IsPublic: point.IsPublic ?? false } },
    NS,
  );
}

function list(req: EmuRequest, ctx: HandlerContext, points: EstateAccessPoint[]): EmuResponse {
  const bucket = req.query.get("bucket");
  const matching = bucket ? points.filter((p) => p.Bucket === bucket) : points;
  const start = Number(req.query.get("nextToken") ?? "0") || 0;
  const max = Math.min(
    Number(req.query.get("maxResults") ?? DEFAULT_MAX_RESULTS),
    ctx.pageSize ?? DEFAULT_MAX_RESULTS,
  );
  const page = matching.slice(start, start + max);
  const next = start + max < matching.length ? String(start + max) : undefined;
  return xmlOk(
    "ListAccessPointsResult",
    {
      AccessPointList: { AccessPoint: page.map((p) => summary(p, ctx)) },
      ...(next ? { NextToken: next } : {}),
    },
    NS,
  );
}

function arn(point: EstateAccessPoint, ctx: HandlerContext): string {
  return `arn:aws:s3:${point.Region}:${ctx.account.id}:accesspoint/${point.Name}`;
}

function summary(point: EstateAccessPoint, ctx: HandlerContext) {
  return {
    Name: point.Name,
    NetworkOrigin: point.NetworkOrigin,
    ...(point.VpcConfiguration ? { VpcConfiguration: { VpcId: point.VpcConfiguration.VpcId } } : {}),
    Bucket: point.Bucket,
    AccessPointArn: arn(point, ctx),
  };
}

function describe(point: EstateAccessPoint, ctx: HandlerContext) {
  const pab = point.PublicAccessBlockConfiguration;
  return {
    ...summary(point, ctx),
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: pab.BlockPublicAcls ?? false,
      IgnorePublicAcls: pab.IgnorePublicAcls ?? false,
      BlockPublicPolicy: pab.BlockPublicPolicy ?? false,
      RestrictPublicBuckets: pab.RestrictPublicBuckets ?? false,
    },
  };
}

export const s3AccessPoints: ServiceEmulator = {
  name: "s3accesspoints",
  matches: (req) =>
    (req.path === PREFIX || req.path.startsWith(`${PREFIX}/`)) &&
    (req.auth === undefined || req.auth.service === "s3"),
  operation,
  errors,
  handle,
};
