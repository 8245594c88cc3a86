import type { AwsOperation } from "../../providers/aws/operations.js";
import { InvalidArgumentError } from "commander";
import {
  ARTIFACT_RESOURCE_PLACEHOLDER,
  artifactPrefixArns,
} from "../../providers/aws/model-artifacts/policy.js";

/** --artifact-prefixes: s3:// URIs → the object-ARN patterns of their folders; a bad URI is a usage error. */
export function parseArtifactPrefixes(uris: readonly string[]): string[] {
  try {
    return artifactPrefixArns(uris);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/**
 * The least-privilege IAM policy, generated from the one list of operations the tool calls. Reads of the control
 * plane are on "*"; a data-plane read (the model-artifact GetObject) gets its own statement on the resources
 * given for its scope, else a placeholder to fill in, never "*".
 */
export function iamPolicy(
  operations: readonly AwsOperation[],
  scoped: { "model-artifacts"?: readonly string[] } = {},
) {
  const actionsOf = (ops: readonly AwsOperation[]) => [...new Set(ops.map((op) => op.iamAction))].sort();
  const artifactReads = operations.filter((op) => op.scopedTo === "model-artifacts");
  const resources = scoped["model-artifacts"]?.length
    ? [...scoped["model-artifacts"]]
    : [ARTIFACT_RESOURCE_PLACEHOLDER];
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AiPostureReadOnly",
        Effect: "Allow",
        Action: actionsOf(operations.filter((op) => !op.scopedTo)),
        Resource: "*",
      },
      ...(artifactReads.length > 0
        ? [
            {
              Sid: "AiPostureModelArtifacts",
              Effect: "Allow",
              Action: actionsOf(artifactReads),
              Resource: resources,
            },
          ]
        : []),
    ],
  };
}
