// The artifact read (s3:GetObject) is granted on the artifacts' folders only: from --artifact-prefixes, from a
// saved inventory's models, else a placeholder to fill in; never on "*", and never in the Lambda's role.
import { describe, expect, it } from "vitest";
import { iamPolicy, parseArtifactPrefixes } from "../../cli/commands/permissions.js";
import { main } from "../../cli/main.js";
import { allLambdaActions, scannerReadActions } from "../../deploy/lib/policy.js";
import { AWS_OPERATIONS } from "../../providers/aws/operations.js";
import {
  ARTIFACT_RESOURCE_PLACEHOLDER,
  artifactPrefixArns,
  artifactUrisOf,
} from "../../providers/aws/model-artifacts/policy.js";
import { emptyInventory } from "../../src/model/inventory.js";

type Statement = { Sid: string; Action: string[]; Resource: string | string[] };

describe("IAM policy for --scan-artifacts", () => {
  it("puts s3:GetObject in its own statement, on the artifact folders or a placeholder", () => {
    const broad = iamPolicy(AWS_OPERATIONS).Statement as Statement[];
    expect(broad[0]!.Resource).toBe("*");
    expect(broad[0]!.Action).not.toContain("s3:GetObject");
    expect(broad[1]).toMatchObject({ Action: ["s3:GetObject"], Resource: [ARTIFACT_RESOURCE_PLACEHOLDER] });

    const scoped = iamPolicy(AWS_OPERATIONS, {
      artifactResources: artifactPrefixArns([
        "s3://b/models/x/model.tar.gz",
        "s3://b/models/x/other.tar.gz",
        "s3://c/p/",
      ]),
    }).Statement as Statement[];
    expect(scoped[1]!.Resource).toEqual(["arn:aws:s3:::b/models/x/*", "arn:aws:s3:::c/p/*"]);
  });

  it("finds the artifact folders a saved inventory's models name", () => {
    const inventory = emptyInventory();
    inventory.records.push({
      provider: "aws",
      account: "111122223333",
      region: "us-east-1",
      service: "sagemaker",
      resourceType: "aws.sagemaker.model",
      resourceId: "arn:aws:sagemaker:us-east-1:111122223333:model/m",
      name: "m",
      replies: { DescribeModel: { PrimaryContainer: { ModelDataUrl: "s3://art/team/m/model.tar.gz" } } },
    });
    expect(artifactPrefixArns(artifactUrisOf(inventory))).toEqual(["arn:aws:s3:::art/team/m/*"]);
  });

  it("refuses a location that is not an s3:// URI, as a usage error", async () => {
    expect(() => parseArtifactPrefixes(["https://example.com/x"])).toThrow(/not an s3:\/\/ URI/);
    const code = await main(["node", "aiposture", "permissions", "--artifact-prefixes", "nope"]);
    expect(code).toBe(2);
  });

  it("keeps the data-plane read out of the Lambda role", () => {
    expect(scannerReadActions()).not.toContain("s3:GetObject");
    expect(allLambdaActions()).toContain("s3:GetObject"); // the org-scan results bucket, on its own ARN
  });
});
