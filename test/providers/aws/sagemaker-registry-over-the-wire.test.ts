// SageMaker Model Registry through the official @aws-sdk/client-sagemaker against the emulator: groups and their
// versions paged one at a time, the "no resource policy" ValidationException as an answer (not a gap), a denied
// policy read as unknown, and the demo's planted public and cross-account groups beside their hardened twin.
import { GetModelPackageGroupPolicyCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { createAwsClient } from "../../../providers/aws/clients.js";
import { AWS_OPERATIONS } from "../../../providers/aws/operations.js";
import { AwsReader } from "../../../providers/aws/reader.js";
import { NO_GROUP_POLICY } from "../../../providers/aws/sagemaker/collect-registry.js";
import type { CollectionError } from "../../../src/model/inventory.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import type { ModelPackageGroupAsset } from "../../../src/model/assets/model-package-group.js";
import { findingFor, scanEmulator } from "../../support/scan.js";

const CHECK = "model-package-group.public-or-cross-account";
const ACCOUNT = "111122223333";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const estate = (faults: Record<string, unknown> = {}) => ({
  aws: {
    accounts: [
      {
        id: ACCOUNT,
        sagemaker: {
          modelPackageGroups: [
            {
              ModelPackageGroupName: "shared",
              ResourcePolicy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                  {
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::444455556666:root" },
                    Action: "sagemaker:DescribeModelPackage",
                    Resource: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/shared/*`,
                  },
                ],
              }),
              ModelPackages: [
                { ModelPackageVersion: 1, ModelApprovalStatus: "Approved" },
                { ModelPackageVersion: 2, ModelApprovalStatus: "Rejected" },
                { ModelPackageVersion: 3 },
              ],
            },
            { ModelPackageGroupName: "private" },
          ],
        },
      },
    ],
  },
  faults,
});

const groups = (assets: ReturnType<typeof awsProvider.normalize>["assets"]) =>
  assets.filter((a): a is ModelPackageGroupAsset => a.kind === "model-package-group");

describe("SageMaker Model Registry over the wire", () => {
  it("reads every group and version through pages of one; no policy is an answer", async () => {
    emulator = await startEmulator({ estate: estate(), pageSize: 1 });
    const { report, inventory } = await scanEmulator(emulator, { regions: ["us-east-1"] });
    expect(report.errors.filter((e) => e.service === "sagemaker")).toEqual([]);
    const calls = emulator.calls();
    expect(calls["sagemaker:ListModelPackageGroups"]).toBe(2);
    expect(calls["sagemaker:GetModelPackageGroupPolicy"]).toBe(2);
    expect(calls["sagemaker:ListModelPackages"]).toBe(3 + 1);
    expect(calls["sagemaker:DescribeModelPackage"]).toBe(3);
    const [privateGroup, shared] = groups(awsProvider.normalize(inventory).assets).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(privateGroup?.resourcePolicy).toBeNull();
    expect(privateGroup?.packages).toEqual([]);
    expect(shared?.packages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ version: 2, approvalStatus: "Rejected" }),
        expect.objectContaining({ version: 3, approvalStatus: "PendingManualApproval" }),
      ]),
    );
    expect(findingFor(report, CHECK, "shared")).toMatchObject({ status: "fail", severity: "high" });
    expect(findingFor(report, CHECK, "shared")?.message).toContain("arn:aws:iam::444455556666:root");
    expect(findingFor(report, CHECK, "private")?.status).toBe("pass");
  });

  it("only the missing-policy ValidationException is an answer; a missing group stays a gap", async () => {
    emulator = await startEmulator({ estate: estate() });
    const errors: CollectionError[] = [];
    const reader = new AwsReader(pLimit(2), errors, () => ACCOUNT, AWS_OPERATIONS);
    const client = createAwsClient(
      SageMakerClient,
      { concurrency: 2, maxAttempts: 1, endpoint: emulator.endpoint },
      "us-east-1",
    );
    const read = (name: string) =>
      reader.read(
        "sagemaker",
        client,
        new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: name }),
        {
          region: "us-east-1",
          resource: name,
          absentCodes: NO_GROUP_POLICY.codes,
          absentMessage: NO_GROUP_POLICY.message,
        },
      );
    expect(await read("private")).toEqual({ ok: true, value: null });
    expect(await read("deleted-meanwhile")).toEqual({ ok: false, code: "ValidationException" });
    expect(errors).toEqual([
      expect.objectContaining({
        resource: "deleted-meanwhile",
        code: "ValidationException",
        message: expect.stringContaining("Cannot find Model Package Group: deleted-meanwhile"),
      }),
    ]);
    // The service's own wording for a group without a policy; other ValidationExceptions are not "no policy".
    expect(NO_GROUP_POLICY.message.test("Cannot find resource policy for: arn:aws:sagemaker:x")).toBe(true);
    expect(NO_GROUP_POLICY.message.test("The resource policy is too large")).toBe(false);
    client.destroy();
  });

  it("a denied policy read is unknown with a coverage gap, never a pass", async () => {
    emulator = await startEmulator({
      estate: estate({
        accessDenied: [
          { service: "sagemaker", operation: "GetModelPackageGroupPolicy", resource: "private" },
        ],
      }),
    });
    const { report } = await scanEmulator(emulator, { regions: ["us-east-1"] });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: "GetModelPackageGroupPolicy", code: "AccessDeniedException" }),
      ]),
    );
    expect(findingFor(report, CHECK, "private")?.status).toBe("unknown");
    expect(findingFor(report, CHECK, "shared")?.status).toBe("fail");
  });

  it("the demo's public and cross-account groups fail, the hardened twin passes", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const { report } = await scanEmulator(emulator, { regions: ["us-east-1"] });
    expect(findingFor(report, CHECK, "fraud-scoring-registry")).toMatchObject({
      status: "fail",
      severity: "critical",
    });
    expect(findingFor(report, CHECK, "churn-model-registry")).toMatchObject({
      status: "fail",
      severity: "high",
    });
    expect(findingFor(report, CHECK, "fraud-scoring-registry-hardened")?.status).toBe("pass");
    // The canary model is built from version 2, pending approval; the hardened model uses no registry version.
    expect(findingFor(report, "model.approved-model-package", "fraud-scorer-registry-v2")).toMatchObject({
      status: "fail",
      message: expect.stringContaining("model-package/fraud-scoring-registry/2 (PendingManualApproval)"),
    });
    expect(findingFor(report, "model.approved-model-package", "risk-model-hardened")?.status).toBe("pass");
  });
});
