// S3 ACL grants to the predefined public groups. AuthenticatedUsers means any AWS account holder in the world,
// so S3 (and aiposture) treats it as public too (S3 User Guide, "Access control list (ACL) overview").

export const PUBLIC_GROUPS: Record<string, string> = {
  "http://acs.amazonaws.com/groups/global/AllUsers": "AllUsers",
  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers": "AuthenticatedUsers",
};

export interface AclReply {
  Owner?: { ID?: string; DisplayName?: string };
  Grants?: Array<{ Grantee?: { Type?: string; URI?: string; ID?: string }; Permission?: string }>;
}

export interface PublicGrant {
  group: string;
  permission: string;
}

const READ_PERMISSIONS = new Set(["READ", "FULL_CONTROL"]);
const WRITE_PERMISSIONS = new Set(["WRITE", "WRITE_ACP", "FULL_CONTROL"]);

export function publicGrants(acl: AclReply | null): PublicGrant[] {
  const grants: PublicGrant[] = [];
  for (const grant of acl?.Grants ?? []) {
    const group = grant.Grantee?.URI ? PUBLIC_GROUPS[grant.Grantee.URI] : undefined;
    if (group) grants.push({ group, permission: grant.Permission ?? "UNKNOWN" });
  }
  return grants;
}

export function grantsRead(grants: readonly PublicGrant[]): PublicGrant[] {
  return grants.filter((g) => READ_PERMISSIONS.has(g.permission));
}

export function grantsWrite(grants: readonly PublicGrant[]): PublicGrant[] {
  return grants.filter((g) => WRITE_PERMISSIONS.has(g.permission));
}

export function describeGrants(grants: readonly PublicGrant[]): string {
  return grants.map((g) => `${g.permission} to ${g.group}`).join(", ");
}
