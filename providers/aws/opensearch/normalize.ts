import type { EncryptionAtRest } from "../../../src/model/asset.js";
import type {
  SearchAsset,
  SearchAuthentication,
  SearchCluster,
  SearchLogging,
  SearchNetwork,
  SearchPendingUpdate,
  SearchTransport,
} from "../../../src/model/assets/search.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { KMS_KEY_REPLY } from "../kms/describe-key.js";
import { tagsToRecord, type AwsTag, type ReplyReader } from "../replies.js";
import { isoDate, type DomainStatusReply, type KeyMetadataReply } from "./domain-status.js";
import { domainExposure } from "./exposure.js";

/** One domain's DescribeDomains entry (plus tags and its KMS key) as a search asset. */
export function normalizeDomain(record: InventoryRecord, read: ReplyReader): SearchAsset {
  const status = read<DomainStatusReply>(record, "DescribeDomains");
  const tagList = read<AwsTag[]>(record, "ListTags");
  const tags = isUnknown(tagList) ? tagList : tagsToRecord(tagList);
  const from = <T>(pick: (s: DomainStatusReply) => Known<T>): Known<T> =>
    isUnknown(status)
      ? status
      : status === null
        ? unknown("DescribeDomains returned no status")
        : pick(status);

  const asset: SearchAsset = {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind: "search",
    type: "aws.opensearch.domain",
    name: record.name,
    tags,
    relations: [],
    raw: record.replies,
    exposure: from((s) => domainExposure(s, record.account)),
    network: from(network),
    encryptionAtRest: from((s) => encryption(s, read<KeyMetadataReply>(record, KMS_KEY_REPLY))),
    nodeToNodeEncryption: from((s) => ({ enabled: s.NodeToNodeEncryptionOptions?.Enabled === true })),
    transport: from(transport),
    authentication: from(authentication),
    logging: from(logging),
    pendingUpdate: from(pendingUpdate),
    cluster: from(cluster),
  };
  if (!isUnknown(status) && status?.EngineVersion) asset.engineVersion = status.EngineVersion;
  const classification = classificationFromTags(tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

function network(s: DomainStatusReply): SearchNetwork {
  const vpc = s.VPCOptions;
  if (vpc && (vpc.VPCId || (vpc.SubnetIds?.length ?? 0) > 0)) {
    return {
      placement: "vpc",
      ...(vpc.VPCId ? { networkId: vpc.VPCId } : {}),
      subnetIds: vpc.SubnetIds ?? [],
      securityGroupIds: vpc.SecurityGroupIds ?? [],
      detail: `VPC ${vpc.VPCId ?? "(id not reported)"}, subnets ${(vpc.SubnetIds ?? []).join(", ") || "none reported"}`,
    };
  }
  return { placement: "public", detail: "public endpoint (no VPCOptions)" };
}

// OpenSearch uses the AWS managed key aws/es when no key is named, and reports it by its key ARN like any
// other key: only KMS DescribeKey (KeyManager AWS | CUSTOMER) tells the two apart.
function encryption(s: DomainStatusReply, key: Known<KeyMetadataReply | null>): Known<EncryptionAtRest> {
  const options = s.EncryptionAtRestOptions;
  if (options?.Enabled !== true) return { enabled: false, keyManager: "none" };
  const keyId = options.KmsKeyId;
  const base = { enabled: true, algorithm: "AES-256", ...(keyId ? { keyId } : {}) } as const;
  if (!keyId || /alias\/aws\/es$/.test(keyId)) return { ...base, keyManager: "provider" };
  if (isUnknown(key))
    return unknown(
      `encrypted at rest with ${keyId}, but whether it is the AWS managed key aws/es or a customer managed key is unknown: kms:DescribeKey on that key was not answered (see the scan's coverage gaps)`,
    );
  if (key?.KeyManager === "CUSTOMER") return { ...base, keyManager: "customer" };
  if (key?.KeyManager === "AWS") return { ...base, keyManager: "provider" };
  return unknown(`encrypted at rest with ${keyId}, but KMS did not say who manages the key`);
}

function transport(s: DomainStatusReply): SearchTransport {
  const endpoint = s.DomainEndpointOptions;
  const policy = endpoint?.TLSSecurityPolicy;
  const minimum = policy?.match(/^Policy-Min-TLS-(\d+)-(\d+)/);
  return {
    httpsEnforced: endpoint?.EnforceHTTPS === true,
    ...(minimum ? { minimumTlsVersion: `${minimum[1]}.${minimum[2]}` } : {}),
    ...(policy ? { tlsPolicy: policy } : {}),
  };
}

function authentication(s: DomainStatusReply): SearchAuthentication {
  const fgac = s.AdvancedSecurityOptions;
  const enabled = fgac?.Enabled === true;
  const internal = enabled && fgac?.InternalUserDatabaseEnabled === true;
  const anonymous = enabled && fgac?.AnonymousAuthEnabled === true;
  const providers = ["iam"];
  if (enabled && fgac?.SAMLOptions?.Enabled) providers.push("saml");
  if (enabled && fgac?.JWTOptions?.Enabled) providers.push("jwt");
  if (s.CognitoOptions?.Enabled) providers.push("cognito");
  if (s.IdentityCenterOptions?.EnabledAPIAccess) providers.push("identity-center");
  if (internal) providers.push("internal-users");
  const parts = [enabled ? "fine-grained access control on" : "fine-grained access control off"];
  if (internal) parts.push("internal user database on");
  if (anonymous) {
    const until = isoDate(fgac?.AnonymousAuthDisableDate);
    parts.push(`anonymous auth on${until ? ` until ${until}` : ""}`);
  }
  return {
    fineGrainedAccessControl: enabled,
    internalUserDatabase: internal,
    anonymousAuth: anonymous,
    identityProviders: providers,
    detail: parts.join(", "),
  };
}

function logging(s: DomainStatusReply): SearchLogging {
  const option = (type: string) => {
    const entry = s.LogPublishingOptions?.[type];
    return entry?.Enabled === true
      ? {
          enabled: true,
          ...(entry.CloudWatchLogsLogGroupArn ? { destination: entry.CloudWatchLogsLogGroupArn } : {}),
        }
      : { enabled: false };
  };
  return { audit: option("AUDIT_LOGS"), error: option("ES_APPLICATION_LOGS") };
}

/** UpdateStatus values that mean an update is waiting (API: PENDING_UPDATE | IN_PROGRESS | COMPLETED | NOT_ELIGIBLE | ELIGIBLE). */
const WAITING = new Set(["PENDING_UPDATE", "ELIGIBLE"]);

function pendingUpdate(s: DomainStatusReply): Known<SearchPendingUpdate> {
  const software = s.ServiceSoftwareOptions;
  if (!software) return unknown("DescribeDomains reported no ServiceSoftwareOptions");
  const status = software.UpdateStatus;
  const pending = software.UpdateAvailable === true || (status !== undefined && WAITING.has(status));
  const automated = isoDate(software.AutomatedUpdateDate);
  const detail = pending
    ? `${software.CurrentVersion ?? "current version"} → ${software.NewVersion ?? "new version"} (${status ?? "update available"})${automated && automated !== "1970-01-01T00:00:00.000Z" ? `, applied automatically on ${automated}` : ""}`
    : `${software.CurrentVersion ?? "service software"} is current${status ? ` (${status})` : ""}`;
  return {
    pending,
    ...(status ? { status } : {}),
    ...(software.CurrentVersion ? { currentVersion: software.CurrentVersion } : {}),
    ...(software.NewVersion ? { newVersion: software.NewVersion } : {}),
    ...(automated && automated !== "1970-01-01T00:00:00.000Z" ? { automatedUpdateDate: automated } : {}),
    detail,
  };
}

function cluster(s: DomainStatusReply): Known<SearchCluster> {
  const config = s.ClusterConfig;
  if (!config) return unknown("DescribeDomains reported no ClusterConfig");
  const parts = [
    config.InstanceCount === undefined
      ? "data node count not reported"
      : `${config.InstanceCount} data node(s)`,
    config.ZoneAwarenessEnabled === undefined
      ? "zone awareness not reported"
      : config.ZoneAwarenessEnabled
        ? `zone awareness across ${config.ZoneAwarenessConfig?.AvailabilityZoneCount ?? "?"} AZs`
        : "zone awareness off",
    config.DedicatedMasterEnabled === undefined
      ? "dedicated master not reported"
      : config.DedicatedMasterEnabled
        ? `${config.DedicatedMasterCount ?? "?"} dedicated master node(s)`
        : "no dedicated master nodes",
  ];
  return {
    ...(config.InstanceCount !== undefined ? { dataNodes: config.InstanceCount } : {}),
    ...(config.ZoneAwarenessEnabled !== undefined ? { zoneAwareness: config.ZoneAwarenessEnabled } : {}),
    ...(config.ZoneAwarenessConfig?.AvailabilityZoneCount !== undefined
      ? { availabilityZones: config.ZoneAwarenessConfig.AvailabilityZoneCount }
      : {}),
    ...(config.DedicatedMasterEnabled !== undefined
      ? { dedicatedMaster: config.DedicatedMasterEnabled }
      : {}),
    ...(config.DedicatedMasterCount !== undefined
      ? { dedicatedMasterCount: config.DedicatedMasterCount }
      : {}),
    detail: parts.join(", "),
  };
}
