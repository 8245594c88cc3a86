import type { Finding } from "@aws-sdk/client-guardduty";

/**
 * The ARNs a GuardDuty finding is about, for the merge's join: S3 buckets (Resource.S3BucketDetails[].Arn, or the
 * name), the EC2 instance, the IAM identity behind an access key, EKS/ECS clusters, Lambda functions, RDS
 * instances, Bedrock guardrails and models (AI Protection), and an attack sequence's resources. Ids that are not
 * ARNs (an access key id) are left out: nothing aiposture collects is keyed by them.
 */
export function guardDutyResourceIds(finding: Finding, partition: string): string[] {
  const account = finding.AccountId ?? "";
  const region = finding.Region ?? "";
  const resource = finding.Resource ?? {};
  const ids: Array<string | undefined> = [];

  for (const bucket of resource.S3BucketDetails ?? [])
    ids.push(bucket.Arn ?? (bucket.Name ? `arn:${partition}:s3:::${bucket.Name}` : undefined));
  const instance = resource.InstanceDetails?.InstanceId;
  if (instance) ids.push(`arn:${partition}:ec2:${region}:${account}:instance/${instance}`);
  ids.push(identityArn(resource.AccessKeyDetails, partition, account));
  ids.push(
    resource.EksClusterDetails?.Arn,
    resource.EcsClusterDetails?.Arn,
    resource.LambdaDetails?.FunctionArn,
  );
  ids.push(resource.RdsDbInstanceDetails?.DbInstanceArn, resource.BedrockGuardrailDetails?.GuardrailArn);
  for (const model of resource.ModelDetails ?? [])
    if (model.ModelId?.startsWith("arn:")) ids.push(model.ModelId);

  for (const involved of finding.Service?.Detection?.Sequence?.Resources ?? []) {
    const uid = involved.Uid;
    if (uid?.startsWith("arn:")) ids.push(uid);
    else if (uid && /S3_?BUCKET|S3::Bucket/i.test(involved.ResourceType ?? ""))
      ids.push(`arn:${involved.CloudPartition ?? partition}:s3:::${uid}`);
  }
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

type AccessKeyDetails = NonNullable<NonNullable<Finding["Resource"]>["AccessKeyDetails"]>;

/** The IAM identity an access key belongs to: root, an IAM user, or the role of an assumed-role session. */
function identityArn(
  details: AccessKeyDetails | undefined,
  partition: string,
  account: string,
): string | undefined {
  if (!details || !account) return undefined;
  if (details.UserType === "Root") return `arn:${partition}:iam::${account}:root`;
  if (!details.UserName) return undefined;
  if (details.UserType === "IAMUser") return `arn:${partition}:iam::${account}:user/${details.UserName}`;
  if (details.UserType === "AssumedRole") return `arn:${partition}:iam::${account}:role/${details.UserName}`;
  return undefined;
}
