// The slice of DomainStatus (DescribeDomains) that normalization reads, in the API's own field names. Timestamps
// are Dates fresh from the SDK and ISO strings after an inventory round-trip through JSON.

export interface LogPublishingOption {
  CloudWatchLogsLogGroupArn?: string;
  Enabled?: boolean;
}

export interface DomainStatusReply {
  DomainName?: string;
  ARN?: string;
  EngineVersion?: string;
  AccessPolicies?: string;
  VPCOptions?: {
    VPCId?: string;
    SubnetIds?: string[];
    SecurityGroupIds?: string[];
    AvailabilityZones?: string[];
  };
  ClusterConfig?: {
    InstanceCount?: number;
    ZoneAwarenessEnabled?: boolean;
    ZoneAwarenessConfig?: { AvailabilityZoneCount?: number };
    DedicatedMasterEnabled?: boolean;
    DedicatedMasterCount?: number;
  };
  EncryptionAtRestOptions?: { Enabled?: boolean; KmsKeyId?: string };
  NodeToNodeEncryptionOptions?: { Enabled?: boolean };
  DomainEndpointOptions?: {
    EnforceHTTPS?: boolean;
    TLSSecurityPolicy?: string;
    CustomEndpointEnabled?: boolean;
  };
  AdvancedSecurityOptions?: {
    Enabled?: boolean;
    InternalUserDatabaseEnabled?: boolean;
    AnonymousAuthEnabled?: boolean;
    AnonymousAuthDisableDate?: Date | string;
    SAMLOptions?: { Enabled?: boolean };
    JWTOptions?: { Enabled?: boolean };
  };
  CognitoOptions?: { Enabled?: boolean };
  IdentityCenterOptions?: { EnabledAPIAccess?: boolean };
  LogPublishingOptions?: Record<string, LogPublishingOption>;
  ServiceSoftwareOptions?: {
    CurrentVersion?: string;
    NewVersion?: string;
    UpdateAvailable?: boolean;
    Cancellable?: boolean;
    UpdateStatus?: string;
    Description?: string;
    AutomatedUpdateDate?: Date | string | number;
    OptionalDeployment?: boolean;
  };
}

/** KMS DescribeKey's KeyMetadata, as far as telling AWS managed keys from customer managed ones needs. */
export interface KeyMetadataReply {
  KeyId?: string;
  Arn?: string;
  KeyManager?: string;
}

export function isoDate(value: Date | string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(typeof value === "number" ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
