import check from "../../../checks/model-package-group/public-or-cross-account.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { AWS_ACCOUNT, sageMakerRecord } from "../../support/raw-records.js";

const OTHER = "444455556666";

/** A group as the collector records it; `policy` is the GetModelPackageGroupPolicy reply (null: no policy). */
function rawGroup(policy: unknown, omit = false) {
  return fromRecord(
    awsProvider,
    sageMakerRecord("model-package-group", "churn-models", {
      ListModelPackageGroups: { ModelPackageGroupName: "churn-models", ModelPackageGroupStatus: "Completed" },
      ...(omit ? {} : { GetModelPackageGroupPolicy: policy }),
      ListModelPackages: [],
    }),
    omit
      ? {
          errors: [
            {
              provider: "aws",
              account: AWS_ACCOUNT,
              region: "us-east-1",
              service: "sagemaker",
              operation: "GetModelPackageGroupPolicy",
              resource: "churn-models",
              code: "AccessDeniedException",
              message: "denied",
            },
          ],
        }
      : {},
  );
}

const policy = (principal: unknown, actions: string[] = ["sagemaker:DescribeModelPackage"], extra = {}) => ({
  ResourcePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "Share",
        Effect: "Allow",
        Principal: principal,
        Action: actions,
        Resource: `arn:aws:sagemaker:us-east-1:${AWS_ACCOUNT}:model-package/churn-models/*`,
        ...extra,
      },
    ],
  }),
});

checkTable(check, {
  valid: [
    {
      name: "no resource policy (the service's ValidationException, recorded as null)",
      asset: rawGroup(null),
      messageId: "noPolicy",
    },
    {
      name: "policy grants only the owner account",
      asset: rawGroup(policy({ AWS: `arn:aws:iam::${AWS_ACCOUNT}:root` })),
      messageId: "ownAccountOnly",
    },
  ],
  invalid: [
    {
      name: "policy grants Principal *",
      asset: rawGroup(policy("*", ["sagemaker:DescribeModelPackage", "sagemaker:CreateModel"])),
      messageId: "public",
      severity: "critical",
    },
    {
      name: "policy grants another account",
      asset: rawGroup(policy({ AWS: `arn:aws:iam::${OTHER}:root` })),
      messageId: "crossAccount",
      data: { principals: [`arn:aws:iam::${OTHER}:root`] },
      severity: "high",
    },
    {
      name: "Principal * limited by a condition that does not identify anyone (aws:UserAgent)",
      asset: rawGroup(policy("*", undefined, { Condition: { StringLike: { "aws:UserAgent": "*" } } })),
      messageId: "public",
      severity: "critical",
    },
  ],
  unknown: [
    { name: "policy read denied", asset: rawGroup(undefined, true), messageId: "cannotTell" },
    {
      name: "policy is not valid JSON",
      asset: rawGroup({ ResourcePolicy: "{not json" }),
      messageId: "cannotTell",
    },
  ],
});
