// AWS STS (aws-query): GetCallerIdentity and AssumeRole; every other action is a write or out of scope.
import { isQueryRequest, queryError, queryOk, queryParams } from "../../../../mocks/protocols/aws-query.js";
import { assumedSessions, assumeRole } from "./sts-assume-role.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";

const NS = "https://sts.amazonaws.com/doc/2011-06-15/";

const errors: ServiceErrors = {
  error: (status, code, message) => queryError(status, code, message, NS),
  throttling: { status: 400, code: "Throttling", message: "Rate exceeded" },
  accessDenied: {
    status: 403,
    code: "AccessDenied",
    message: "User is not authorized to perform this action",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationToken",
    message: "Request is missing Authentication Token",
  },
  writeDenied: { status: 403, code: "AccessDenied", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "InvalidAction", message: "Could not find operation" },
};

// Get* are reads. AssumeRole mints short-lived credentials but changes no cloud state: the organization-wide
// scan needs it (sts-assume-role.ts). GetSessionToken, GetFederationToken & co. stay refused.
function operation(req: EmuRequest): Operation | undefined {
  const action = queryParams(req).get("Action");
  if (!action) return undefined;
  if (action === "AssumeRole")
    return { name: action, resource: queryParams(req).get("RoleArn") ?? "", write: false };
  return {
    name: action,
    resource: "",
    write: !/^(Get|List|Describe)/.test(action) || action === "GetSessionToken",
  };
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  if (op.name === "AssumeRole") return assumeRole(req, ctx);
  const session = req.auth ? assumedSessions(ctx.runtime).get(req.auth.accessKeyId) : undefined;
  if (op.name === "GetCallerIdentity" && session)
    return queryOk(
      "GetCallerIdentity",
      { Arn: session.arn, UserId: session.userId, Account: session.account },
      NS,
    );
  if (op.name !== "GetCallerIdentity")
    return errors.error(400, "InvalidAction", `Could not find operation ${op.name}`);
  const userId = ctx.account.CallerIdentity?.UserId ?? `AIDA${ctx.account.id}EXAMPLE`;
  const arn = ctx.account.CallerIdentity?.Arn ?? `arn:aws:iam::${ctx.account.id}:user/aiposture-audit`;
  return queryOk("GetCallerIdentity", { Arn: arn, UserId: userId, Account: ctx.account.id }, NS);
}

export const sts: ServiceEmulator = {
  name: "sts",
  matches: (req) =>
    req.auth ? req.auth.service === "sts" : isQueryRequest(req) && queryParams(req).has("Action"),
  operation,
  errors,
  handle,
};
