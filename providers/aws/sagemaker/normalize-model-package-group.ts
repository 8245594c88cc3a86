// A model package group's record → model-package-group asset. The resource policy is judged by the shared IAM
// policy evaluator: a statement open to any principal is public; fixed principals of other accounts are
// cross-account. No policy (GetModelPackageGroupPolicy's "no resource policy" answer) leaves the group to its own
// account's identity policies.
import type {
  ModelPackageGroupAsset,
  ModelPackageVersion,
  RegistryPolicyVerdict,
} from "../../../src/model/assets/model-package-group.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { evaluatePolicy } from "../policy/index.js";
import type { ReplyReader } from "../replies.js";
import { baseOf } from "./normalize-common.js";

interface PackageEntry {
  summary?: {
    ModelPackageArn?: string;
    ModelPackageVersion?: number;
    ModelPackageStatus?: string;
    ModelApprovalStatus?: string;
  };
  describe?: { ModelApprovalStatus?: string; ModelPackageStatus?: string };
}

export function normalizeModelPackageGroup(
  record: InventoryRecord,
  read: ReplyReader,
): ModelPackageGroupAsset {
  const summary = read<{ ModelPackageGroupStatus?: string }>(record, "ListModelPackageGroups");
  const status = isUnknown(summary) ? undefined : summary?.ModelPackageGroupStatus;
  return {
    ...baseOf(record, "aws.sagemaker.model-package-group"),
    kind: "model-package-group",
    ...(status ? { status } : {}),
    resourcePolicy: policyVerdict(
      read<{ ResourcePolicy?: string }>(record, "GetModelPackageGroupPolicy"),
      record.account,
    ),
    packages: versions(read<PackageEntry[]>(record, "ListModelPackages")),
  };
}

function policyVerdict(
  reply: Known<{ ResourcePolicy?: string } | null>,
  owner: string,
): Known<RegistryPolicyVerdict | null> {
  if (isUnknown(reply)) return reply;
  const text = reply?.ResourcePolicy;
  if (reply === null || !text) return null;
  const verdict = evaluatePolicy(text, { service: "generic", ownerAccount: owner });
  if (!verdict.ok) return unknown(`the group's resource policy could not be evaluated: ${verdict.error}`);
  return {
    public: verdict.public,
    publicReasons: verdict.public ? verdict.reasons : [],
    crossAccountPrincipals: verdict.crossAccountPrincipals,
  };
}

function versions(reply: Known<PackageEntry[] | null>): Known<ModelPackageVersion[]> {
  if (isUnknown(reply)) return reply;
  return (reply ?? []).flatMap((entry): ModelPackageVersion[] => {
    const arn = entry.summary?.ModelPackageArn;
    if (!arn) return [];
    const approval = entry.describe?.ModelApprovalStatus ?? entry.summary?.ModelApprovalStatus;
    const status = entry.describe?.ModelPackageStatus ?? entry.summary?.ModelPackageStatus;
    return [
      {
        arn,
        ...(entry.summary?.ModelPackageVersion !== undefined
          ? { version: entry.summary.ModelPackageVersion }
          : {}),
        approvalStatus: approval ?? unknown(`DescribeModelPackage did not answer for ${arn}`),
        ...(status ? { status } : {}),
      },
    ];
  });
}
