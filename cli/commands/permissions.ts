import type { AwsOperation } from "../../providers/aws/operations.js";
import { InvalidArgumentError } from "commander";
import { DEFAULT_ROLE_NAME } from "../../providers/aws/accounts/options.js";
import {
  ARTIFACT_RESOURCE_PLACEHOLDER,
  artifactPrefixArns,
} from "../../providers/aws/model-artifacts/policy.js";

/** Calls the scanning side of a multi-account scan makes; a member account's role never needs them. */
const SCANNER_SIDE = new Set(["sts:AssumeRole", "organizations:ListAccounts"]);

/** --artifact-prefixes: s3:// URIs → the object-ARN patterns of their folders; a bad URI is a usage error. */
export function parseArtifactPrefixes(uris: readonly string[]): string[] {
  try {
    return artifactPrefixArns(uris);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export interface IamPolicyOptions {
  /** Add what the account running --org / --accounts / --role-arn needs: AssumeRole and ListAccounts. */
  multiAccount?: boolean;
  /** The member-account role AssumeRole may enter (name, optionally with a path). */
  roleName?: string;
  /** Object-ARN patterns the model-artifact read (--scan-artifacts) is granted on. */
  artifactResources?: readonly string[];
}

/**
 * The least-privilege IAM policy, generated from the one list of operations the tool calls: the control-plane reads
 * on "*" (what a scanned account's role needs); a data-plane read (the model-artifact GetObject) in its own statement
 * on the resources given, else a placeholder to fill in, never "*"; and with multiAccount the scanner-side calls in
 * their own statements, AssumeRole scoped to the member role as the CDK stack scopes it.
 */
export function iamPolicy(operations: readonly AwsOperation[], options: IamPolicyOptions = {}) {
  const actionsOf = (ops: readonly AwsOperation[]) => [...new Set(ops.map((op) => op.iamAction))].sort();
  const listed = new Set(operations.map((op) => op.iamAction));
  const artifactReads = operations.filter((op) => op.scopedTo === "model-artifacts");
  const artifactResources = options.artifactResources?.length
    ? [...options.artifactResources]
    : [ARTIFACT_RESOURCE_PLACEHOLDER];
  const role = (options.roleName ?? DEFAULT_ROLE_NAME).replace(/^\/+/, "");
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AiPostureReadOnly",
        Effect: "Allow",
        Action: actionsOf(operations.filter((op) => !op.scopedTo && !SCANNER_SIDE.has(op.iamAction))),
        Resource: "*",
      },
      ...(artifactReads.length > 0
        ? [
            {
              Sid: "AiPostureModelArtifacts",
              Effect: "Allow",
              Action: actionsOf(artifactReads),
              Resource: artifactResources,
            },
          ]
        : []),
      ...(options.multiAccount && listed.has("sts:AssumeRole")
        ? [
            {
              Sid: "AssumeScanRoleInMemberAccounts",
              Effect: "Allow",
              Action: ["sts:AssumeRole"],
              Resource: `arn:aws:iam::*:role/${role}`,
            },
          ]
        : []),
      // ListAccounts has no resource type (Service Authorization Reference: AWS Organizations), so "*" is the
      // only resource it takes; it is granted only where the organization is listed.
      ...(options.multiAccount && listed.has("organizations:ListAccounts")
        ? [
            {
              Sid: "ListOrganizationAccounts",
              Effect: "Allow",
              Action: ["organizations:ListAccounts"],
              Resource: "*",
            },
          ]
        : []),
    ],
  };
}
