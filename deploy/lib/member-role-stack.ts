// The role the organization-wide scan assumes in each member account (deploy it to every account, e.g. as a
// CloudFormation StackSet): trusted by the scanner's role only, allowed the scanner's reads only.
import { CfnParameter, DefaultStackSynthesizer, Stack, type StackProps } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";
import { DEFAULT_ROLE_NAME } from "../../providers/aws/accounts/options.js";
import { scannerReadActions } from "./policy.js";

/** Reads a member account never needs: listing the organization is the management account's job. */
const NOT_IN_MEMBER_ACCOUNTS = new Set(["organizations:ListAccounts"]);

export function memberRoleActions(): string[] {
  return scannerReadActions().filter((a) => !NOT_IN_MEMBER_ACCOUNTS.has(a));
}

export interface MemberRoleStackProps extends StackProps {
  /** Name (and optional path) of the role; default AiPostureReadOnly. */
  roleName?: string;
  /** Require this sts:ExternalId on AssumeRole. */
  externalId?: string;
}

export class AiPostureMemberRoleStack extends Stack {
  constructor(scope: Construct, id: string, props: MemberRoleStackProps = {}) {
    // No bootstrap in member accounts: the template has no assets, so no bootstrap version rule either.
    super(scope, id, {
      ...props,
      synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
    });
    const scanner = new CfnParameter(this, "ScannerRoleArn", {
      type: "String",
      description: "ARN of the aiposture Lambda role (the HandlerRoleArn output of the AiPosture stack)",
      allowedPattern: "^arn:aws[\\w-]*:iam::\\d{12}:role/.+$",
    });
    const fullName = props.roleName ?? DEFAULT_ROLE_NAME;
    const slash = fullName.lastIndexOf("/");
    const principal = new iam.ArnPrincipal(scanner.valueAsString);
    const role = new iam.Role(this, "ScanRole", {
      roleName: fullName.slice(slash + 1),
      path: slash >= 0 ? `/${fullName.slice(0, slash).replace(/^\/+/, "")}/` : "/",
      description: "aiposture read-only scan role, assumed by the organization-wide scan",
      assumedBy: props.externalId
        ? principal.withConditions({ StringEquals: { "sts:ExternalId": props.externalId } })
        : principal,
    });
    new iam.Policy(this, "ScanReadOnly", {
      statements: [
        new iam.PolicyStatement({ sid: "AiPostureReadOnly", actions: memberRoleActions(), resources: ["*"] }),
      ],
      roles: [role],
    });
  }
}
