// The role each member account deploys for the organization-wide scan: the scanner's reads only, trusted by
// the scanner's role only (and the external id, when one is set).
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { AiPostureMemberRoleStack, memberRoleActions } from "../../deploy/lib/member-role-stack.js";
import { AWS_OPERATIONS } from "../../providers/aws/operations.js";

let template: Template;
beforeAll(() => {
  const app = new App();
  template = Template.fromStack(
    new AiPostureMemberRoleStack(app, "Member", {
      roleName: "audit/AiPostureReadOnly",
      externalId: "org-scan-42",
    }),
  );
});

describe("member-account role", () => {
  it("allows the scanner's reads except the organization's and AssumeRole, and nothing else", () => {
    // The artifact read (--scan-artifacts, CLI only) is never granted to the deployed roles.
    const expected = [...new Set(AWS_OPERATIONS.filter((op) => !op.scopedTo).map((op) => op.iamAction))]
      .filter((a) => a !== "sts:AssumeRole" && a !== "organizations:ListAccounts")
      .sort();
    expect(memberRoleActions()).toEqual(expected);
    const policies = Object.values(template.findResources("AWS::IAM::Policy"));
    expect(policies).toHaveLength(1);
    const statements = (
      policies[0] as { Properties: { PolicyDocument: { Statement: Array<{ Action: string[] }> } } }
    ).Properties.PolicyDocument.Statement;
    expect(statements.flatMap((s) => s.Action).sort()).toEqual(expected);
    expect(statements.flatMap((s) => s.Action).some((a) => a.includes("*"))).toBe(false);
  });

  it("is named and pathed as the scan expects and trusts only the scanner role, with the external id", () => {
    template.hasResourceProperties("AWS::IAM::Role", {
      RoleName: "AiPostureReadOnly",
      Path: "/audit/",
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Action: "sts:AssumeRole",
            Effect: "Allow",
            Principal: { AWS: { Ref: "ScannerRoleArn" } },
            Condition: { StringEquals: { "sts:ExternalId": "org-scan-42" } },
          },
        ],
        Version: "2012-10-17",
      },
    });
    template.hasParameter("ScannerRoleArn", { Type: "String" });
    // No bootstrap needed in member accounts (StackSets).
    expect(template.toJSON().Rules?.CheckBootstrapVersion).toBeUndefined();
  });
});
