// IAM roles of an estate account that STS AssumeRole can enter: a role name, or the role as
// `aws iam list-roles` / `get-role` prints it. The trust policy is honoured for one thing only: an
// `sts:ExternalId` condition (StringEquals), which the caller must then match.
import { z } from "zod";

const roleName = z.string().regex(/^[\w+=,.@-]{1,64}$/, "expected an IAM role name");

const roleObject = z.strictObject({
  RoleName: roleName,
  Path: z
    .string()
    .regex(/^\/([\w+=,.@-]+\/)*$/, "expected a path like / or /service/")
    .default("/"),
  RoleId: z.string().optional(),
  Arn: z.string().optional(),
  CreateDate: z.string().optional(),
  Description: z.string().optional(),
  /** Seconds; AssumeRole DurationSeconds above it is a ValidationError. Default 3600, as IAM's. */
  MaxSessionDuration: z.number().int().min(3600).max(43200).default(3600),
  /** A JSON string or object, as get-role prints it (URL-decoded). */
  AssumeRolePolicyDocument: z
    .union([z.string().refine(isJson, "expected a JSON policy document"), z.record(z.string(), z.unknown())])
    .optional(),
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export const iamRoleSchema = z.union([
  roleName.transform((RoleName) => roleObject.parse({ RoleName })),
  roleObject,
]);

// Optional, so estates (and the built-in default account) without it stay valid: no roles.
export const iamRolesSchema = z.array(iamRoleSchema).optional();

export type IamRole = z.output<typeof iamRoleSchema>;

/** External ids a role's trust policy requires (StringEquals sts:ExternalId); empty when none is required. */
export function requiredExternalIds(role: IamRole): string[] {
  const doc = role.AssumeRolePolicyDocument;
  if (doc === undefined) return [];
  const parsed: unknown = typeof doc === "string" ? JSON.parse(doc) : doc;
  const statements = (parsed as { Statement?: unknown }).Statement;
  const ids: string[] = [];
  for (const statement of Array.isArray(statements) ? statements : [statements]) {
    const condition = (statement as { Effect?: unknown; Condition?: Record<string, Record<string, unknown>> })
      ?.Condition;
    const value = condition?.StringEquals?.["sts:ExternalId"];
    if (typeof value === "string") ids.push(value);
    if (Array.isArray(value)) ids.push(...value.filter((v): v is string => typeof v === "string"));
  }
  return ids;
}
