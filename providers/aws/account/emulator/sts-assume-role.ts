// STS AssumeRole (aws-query), following the STS API Reference (AssumeRole; Errors): the role must exist in the
// estate account its ARN names (`roles`), an `sts:ExternalId` trust condition must be matched, and anything
// else is 403 AccessDenied, as STS answers a missing role and a refusing trust policy alike. The credentials
// minted are deterministic per (role, session) and registered as an access key of the role's account in the
// live estate, so later requests signed with them are routed to that account.
import { createHash } from "node:crypto";
import { requiredExternalIds } from "../../../../mocks/estate/iam-roles.js";
import { queryError, queryOk, queryParams } from "../../../../mocks/protocols/aws-query.js";
import type { RuntimeState } from "../../../../mocks/runtime.js";
import type { EmuRequest, EmuResponse, HandlerContext } from "../../../../mocks/types.js";

const NS = "https://sts.amazonaws.com/doc/2011-06-15/";
const ROLE_ARN = /^arn:(aws[\w-]*):iam::(\d{12}):role(\/(?:[\w+=,.@-]+\/)*)([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** DurationSeconds bounds (API Reference); the role's MaxSessionDuration may lower the upper one. */
const MIN_DURATION = 900;
const MAX_DURATION = 43_200;
const DEFAULT_DURATION = 3600;

/** Who a minted access key is: GetCallerIdentity answers with the assumed-role session. */
export interface AssumedSession {
  account: string;
  arn: string;
  userId: string;
}

export function assumedSessions(runtime: RuntimeState): Map<string, AssumedSession> {
  return runtime.slot("sts:sessions", () => new Map<string, AssumedSession>());
}

export function assumeRole(req: EmuRequest, ctx: HandlerContext): EmuResponse {
  const params = queryParams(req);
  const roleArn = params.get("RoleArn");
  const sessionName = params.get("RoleSessionName");
  if (!roleArn)
    return validation("Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
  if (!sessionName || !SESSION_NAME.test(sessionName))
    return validation(
      "Value at 'roleSessionName' failed to satisfy constraint: Member must have length between 2 and 64 and satisfy regular expression pattern: [\\w+=,.@-]*",
    );
  const durationText = params.get("DurationSeconds");
  const duration = durationText === null ? DEFAULT_DURATION : Number(durationText);
  if (!Number.isInteger(duration) || duration < MIN_DURATION || duration > MAX_DURATION)
    return validation(
      "Value at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200",
    );
  const match = ROLE_ARN.exec(roleArn);
  if (!match) return validation(`${roleArn} is invalid`);
  const [, partition, accountId, path, roleName] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];

  const caller = callerArn(req, ctx);
  const denied = () =>
    queryError(
      403,
      "AccessDenied",
      `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      NS,
    );
  const account = ctx.estate.aws.accounts.find((a) => a.id === accountId);
  const role = account?.roles?.find((r) => r.RoleName === roleName && r.Path === path);
  if (!account || !role) return denied();
  const externalIds = requiredExternalIds(role);
  if (externalIds.length > 0 && !externalIds.includes(params.get("ExternalId") ?? "")) return denied();
  if (duration > role.MaxSessionDuration)
    return validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

  const digest = createHash("sha256").update(`${roleArn}\n${sessionName}`).digest("hex").toUpperCase();
  const accessKeyId = `ASIA${accountId}${digest.slice(0, 8)}`;
  if (!account.accessKeyIds.includes(accessKeyId)) account.accessKeyIds.push(accessKeyId);
  const roleId = role.RoleId ?? `AROA${digest.slice(8, 25)}`;
  const session: AssumedSession = {
    account: accountId,
    arn: `arn:${partition}:sts::${accountId}:assumed-role/${roleName}/${sessionName}`,
    userId: `${roleId}:${sessionName}`,
  };
  assumedSessions(ctx.runtime).set(accessKeyId, session);
  return queryOk(
    "AssumeRole",
    {
      Credentials: {
        AccessKeyId: accessKeyId,
        SecretAccessKey: `emulator-secret-${digest.slice(0, 24).toLowerCase()}`,
        SessionToken: `emulator-session-${digest.slice(24, 56).toLowerCase()}`,
        Expiration: new Date(Date.now() + duration * 1000).toISOString(),
      },
      AssumedRoleUser: { AssumedRoleId: session.userId, Arn: session.arn },
      ...(params.has("SourceIdentity") ? { SourceIdentity: params.get("SourceIdentity") ?? "" } : {}),
    },
    NS,
  );
}

/** The caller as STS names it in AccessDenied messages: an assumed-role session, or the account's identity. */
function callerArn(req: EmuRequest, ctx: HandlerContext): string {
  const session = req.auth ? assumedSessions(ctx.runtime).get(req.auth.accessKeyId) : undefined;
  return (
    session?.arn ?? ctx.account.CallerIdentity?.Arn ?? `arn:aws:iam::${ctx.account.id}:user/aiposture-audit`
  );
}

function validation(message: string): EmuResponse {
  return queryError(400, "ValidationError", `1 validation error detected: ${message}`, NS);
}
