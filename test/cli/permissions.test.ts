// The printed least-privilege policy: reads on "*", and the scanner-side calls of a multi-account scan only when
// asked for, AssumeRole scoped to the member role (as the CDK stack scopes it).
import { describe, expect, it } from "vitest";
import { iamPolicy } from "../../cli/commands/permissions.js";
import { OPERATIONS } from "../../wiring/registry.js";

type Statement = { Sid: string; Action: string[]; Resource: string };
const statements = (policy: ReturnType<typeof iamPolicy>) => policy.Statement as Statement[];
const grantedOnStar = (policy: ReturnType<typeof iamPolicy>) =>
  statements(policy)
    .filter((s) => s.Resource === "*")
    .flatMap((s) => s.Action);

describe("aiposture permissions", () => {
  it("grants neither sts:AssumeRole nor organizations:ListAccounts by default", () => {
    const actions = statements(iamPolicy(OPERATIONS.aws)).flatMap((s) => s.Action);
    expect(actions).toContain("s3:GetBucketPolicy");
    expect(actions).not.toContain("sts:AssumeRole");
    expect(actions).not.toContain("organizations:ListAccounts");
  });

  it("with --multi-account, AssumeRole only into the member role, never on *", () => {
    const policy = iamPolicy(OPERATIONS.aws, { multiAccount: true, roleName: "audit/Reader" });
    expect(grantedOnStar(policy)).not.toContain("sts:AssumeRole");
    const assume = statements(policy).find((s) => s.Action.includes("sts:AssumeRole"));
    expect(assume?.Resource).toBe("arn:aws:iam::*:role/audit/Reader");
    // ListAccounts takes no resource: its own statement, absent from the read-only one.
    const readOnly = statements(policy).find((s) => s.Sid === "AiPostureReadOnly");
    expect(readOnly?.Action).not.toContain("organizations:ListAccounts");
    expect(statements(policy).find((s) => s.Sid === "ListOrganizationAccounts")?.Action).toEqual([
      "organizations:ListAccounts",
    ]);
  });
});
