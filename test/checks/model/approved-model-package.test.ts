import check from "../../../checks/model/approved-model-package.js";
import { awsProvider } from "../../../providers/aws/index.js";
import type { ModelPackageGroupAsset } from "../../../src/model/assets/model-package-group.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { modelAsset } from "../../support/ml-assets.js";
import { AWS_ACCOUNT, sageMakerRecord } from "../../support/raw-records.js";

const PACKAGE = (version: number) =>
  `arn:aws:sagemaker:us-east-1:${AWS_ACCOUNT}:model-package/churn-models/${version}`;

/** The registry group as the collector records it (ListModelPackages entries), through the normalizer. */
function group(versions: Record<number, string | undefined>, listed = true): ModelPackageGroupAsset {
  return fromRecord(
    awsProvider,
    sageMakerRecord("model-package-group", "churn-models", {
      ListModelPackageGroups: { ModelPackageGroupName: "churn-models" },
      GetModelPackageGroupPolicy: null,
      ...(listed
        ? {
            ListModelPackages: Object.entries(versions).map(([v, status]) => ({
              summary: { ModelPackageArn: PACKAGE(Number(v)), ModelPackageVersion: Number(v) },
              ...(status ? { describe: { ModelApprovalStatus: status } } : {}),
            })),
          }
        : {}),
    }),
  ) as ModelPackageGroupAsset;
}

const usingPackage = (...versions: number[]) =>
  modelAsset({ containers: versions.map((v) => ({ modelPackage: PACKAGE(v) })) });

checkTable(check, {
  valid: [
    { name: "built from an image and artifacts", asset: modelAsset(), messageId: "noPackage" },
    {
      name: "built from an approved version",
      asset: usingPackage(1),
      neighbours: [group({ 1: "Approved", 2: "Rejected" })],
      messageId: "approved",
    },
  ],
  invalid: [
    {
      name: "version pending manual approval",
      asset: usingPackage(2),
      neighbours: [group({ 1: "Approved", 2: "PendingManualApproval" })],
      messageId: "notApproved",
      data: { packages: [`${PACKAGE(2)} (PendingManualApproval)`] },
      severity: "medium",
    },
    {
      name: "a rejected version beside an approved one",
      asset: usingPackage(1, 2),
      neighbours: [group({ 1: "Approved", 2: "Rejected" })],
      messageId: "notApproved",
      data: { packages: [`${PACKAGE(2)} (Rejected)`] },
      severity: "high",
    },
  ],
  unknown: [
    { name: "the group was not read", asset: usingPackage(1), messageId: "notRead" },
    {
      name: "the group's versions could not be listed",
      asset: usingPackage(1),
      neighbours: [group({}, false)],
      messageId: "notRead",
    },
    {
      name: "the version could not be described",
      asset: usingPackage(1),
      neighbours: [group({ 1: undefined })],
      messageId: "notRead",
    },
    {
      name: "the model could not be read",
      asset: modelAsset({
        containers: { unknown: true, reason: "DescribeModel failed: AccessDeniedException" },
      }),
      messageId: "cannotTell",
    },
  ],
});
