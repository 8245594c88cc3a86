// A DescribeDomain reply → ml-workspace asset (SageMaker Studio domain).
import type { MlWorkspaceAsset } from "../../../src/model/assets/ml-workspace.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import { baseOf, fromReply, keyOwnerOf } from "./normalize-common.js";

interface DomainReply {
  DomainId?: string;
  Status?: string;
  AuthMode?: string;
  AppNetworkAccessType?: string;
  KmsKeyId?: string;
  HomeEfsFileSystemKmsKeyId?: string;
  SubnetIds?: string[];
  VpcId?: string;
  DefaultUserSettings?: { SecurityGroups?: string[] };
}

export function normalizeStudioDomain(record: InventoryRecord, read: ReplyReader): MlWorkspaceAsset {
  const reply = read<DomainReply>(record, "DescribeDomain");
  const known = fromReply(reply);
  const domain = isUnknown(reply) ? undefined : (reply ?? {});
  const key = domain?.KmsKeyId ?? domain?.HomeEfsFileSystemKmsKeyId;
  const summary = record.replies.ListDomains as { Status?: string } | undefined;
  const status = domain?.Status ?? summary?.Status;
  const asset: MlWorkspaceAsset = {
    ...baseOf(record, "aws.sagemaker.domain"),
    kind: "ml-workspace",
    ...(status ? { status } : {}),
    // AppNetworkAccessType defaults to PublicInternetOnly (CreateDomain).
    publicNetwork: known((d) =>
      d.AppNetworkAccessType === "VpcOnly"
        ? {
            enabled: false,
            detail: "AppNetworkAccessType VpcOnly: Studio apps reach the network only through your VPC",
          }
        : {
            enabled: true,
            detail: `AppNetworkAccessType ${d.AppNetworkAccessType ?? "not reported (the default is PublicInternetOnly)"}: Studio apps reach the internet through SageMaker's network, around your VPC's controls`,
          },
    ),
    encryptionAtRest: known(() => {
      if (!key) return { enabled: true, keyManager: "provider" as const, algorithm: "aws:kms" };
      const manager = keyOwnerOf(record)(key);
      return isUnknown(manager)
        ? manager
        : { enabled: true, keyManager: manager, algorithm: "aws:kms", keyId: key };
    }),
    network: known((d) => ({
      customerNetwork: Boolean(d.VpcId),
      ...(d.VpcId ? { networkId: d.VpcId } : {}),
      subnetIds: d.SubnetIds ?? [],
      securityGroupIds: d.DefaultUserSettings?.SecurityGroups ?? [],
      detail: d.VpcId
        ? `home directories and apps attached to ${d.VpcId} (subnets ${(d.SubnetIds ?? []).join(", ")})`
        : "no VPC reported",
    })),
    authentication: known((d) => ({
      methods: d.AuthMode === "SSO" ? ["sso"] : ["iam"],
      detail: `AuthMode ${d.AuthMode ?? "IAM"}`,
    })),
  };
  const partition = record.resourceId.split(":")[1] ?? "aws";
  asset.relations = domain?.VpcId
    ? [
        {
          type: RELATION.placedIn,
          target: `arn:${partition}:ec2:${record.region}:${record.account}:vpc/${domain.VpcId}`,
          detail: "VPC",
        },
      ]
    : [];
  return asset;
}
