// Amazon S3 Control (REST-XML, errors wrapped in <ErrorResponse>): account-level Block Public Access.
// Signs as service "s3"; told apart from S3 by the /v20180820/ path prefix.
import { restXmlError, xmlOk } from "../../../../mocks/protocols/rest-xml.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { publicAccessBlockXml } from "./s3-xml.js";
import { s3Estate } from "./estate.js";

const NS = "http://awss3control.amazonaws.com/doc/2018-08-20/";

const errors: ServiceErrors = {
  error: (status, code, message, extra) => restXmlError(status, code, message, extra, true),
  throttling: { status: 503, code: "SlowDown", message: "Please reduce your request rate." },
  accessDenied: { status: 403, code: "AccessDenied", message: "Access Denied" },
  missingAuth: { status: 403, code: "AccessDenied", message: "Access Denied" },
  writeDenied: { status: 403, code: "AccessDenied", message: "Access Denied" },
  unknownOperation: {
    status: 501,
    code: "NotImplemented",
    message: "This operation is not implemented by the emulator",
  },
};

const WRITE_METHODS: Record<string, string> = { PUT: "Put", DELETE: "Delete", POST: "Create" };

function operation(req: EmuRequest): Operation | undefined {
  const account = String(req.headers["x-amz-account-id"] ?? "");
  if (req.path === "/v20180820/configuration/publicAccessBlock") {
    const verb = req.method === "GET" ? "Get" : (WRITE_METHODS[req.method] ?? req.method);
    return { name: `${verb}PublicAccessBlock`, resource: account, write: req.method !== "GET" };
  }
  // Other S3 Control writes must still be recorded: name them by method and first path segment.
  if (req.method !== "GET" && req.method !== "HEAD") {
    const segment = req.path.split("/")[2] ?? "Resource";
    return { name: `${WRITE_METHODS[req.method] ?? req.method}${segment}`, resource: account, write: true };
  }
  return undefined;
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  if (op.name !== "GetPublicAccessBlock")
    return errors.error(501, errors.unknownOperation.code, errors.unknownOperation.message);
  const accountId = op.resource;
  if (!/^\d{12}$/.test(accountId))
    return errors.error(400, "InvalidRequest", "Missing or invalid x-amz-account-id header");
  // S3 Control only answers for the caller's own account.
  if (accountId !== ctx.account.id) return errors.error(403, "AccessDenied", "Access Denied");
  const pab = s3Estate.of(ctx.account).PublicAccessBlock;
  if (!pab) {
    return errors.error(
      404,
      "NoSuchPublicAccessBlockConfiguration",
      "The public access block configuration was not found",
      {
        AccountId: accountId,
      },
    );
  }
  return xmlOk("PublicAccessBlockConfiguration", publicAccessBlockXml(pab), NS);
}

export const s3control: ServiceEmulator = {
  name: "s3control",
  matches: (req) =>
    req.path.startsWith("/v20180820/") && (req.auth === undefined || req.auth.service === "s3"),
  operation,
  errors,
  handle,
};
