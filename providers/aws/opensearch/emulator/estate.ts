// OpenSearch Service estate: each domain as `aws opensearch describe-domain` prints it ({"DomainStatus": {...}}),
// plus the domain's tags as `aws opensearch list-tags` prints them ({"TagList": [...]}), so both outputs paste in
// side by side. The domain's region comes from its ARN. Every DomainStatus field is named so a typo is an error;
// the ones the emulator does not interpret are accepted as any JSON.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const timestamp = z.union([z.string(), z.number()]);
const anyJson = z.unknown().optional();
const logOption = z.strictObject({
  CloudWatchLogsLogGroupArn: z.string().optional(),
  Enabled: z.boolean().optional(),
});

export const domainStatusSchema = z.strictObject({
  DomainId: z.string().optional(),
  DomainName: z.string().regex(/^[a-z][a-z0-9-]{2,27}$/, "expected a domain name: 3-28 of a-z, 0-9, -"),
  ARN: z
    .string()
    .regex(/^arn:aws[\w-]*:es:[\w-]+:\d{12}:domain\/[a-z][a-z0-9-]+$/, "expected an OpenSearch domain ARN")
    .optional(),
  Created: z.boolean().optional(),
  Deleted: z.boolean().optional(),
  Endpoint: z.string().optional(),
  EndpointV2: z.string().optional(),
  Endpoints: z.record(z.string(), z.string()).optional(),
  DomainEndpointV2HostedZoneId: z.string().optional(),
  Processing: z.boolean().optional(),
  UpgradeProcessing: z.boolean().optional(),
  EngineVersion: z.string().default("OpenSearch_2.13"),
  ClusterConfig: anyJson,
  EBSOptions: anyJson,
  /** A JSON string as the API returns it, or the policy as an object. */
  AccessPolicies: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  IPAddressType: z.string().optional(),
  SnapshotOptions: anyJson,
  VPCOptions: z
    .strictObject({
      VPCId: z.string().optional(),
      SubnetIds: z.array(z.string()).optional(),
      AvailabilityZones: z.array(z.string()).optional(),
      SecurityGroupIds: z.array(z.string()).optional(),
    })
    .optional(),
  CognitoOptions: anyJson,
  EncryptionAtRestOptions: z
    .strictObject({ Enabled: z.boolean().optional(), KmsKeyId: z.string().optional() })
    .optional(),
  NodeToNodeEncryptionOptions: z.strictObject({ Enabled: z.boolean().optional() }).optional(),
  AdvancedOptions: z.record(z.string(), z.string()).optional(),
  LogPublishingOptions: z
    .partialRecord(
      z.enum(["INDEX_SLOW_LOGS", "SEARCH_SLOW_LOGS", "ES_APPLICATION_LOGS", "AUDIT_LOGS"]),
      logOption,
    )
    .optional(),
  ServiceSoftwareOptions: z
    .strictObject({
      CurrentVersion: z.string().optional(),
      NewVersion: z.string().optional(),
      UpdateAvailable: z.boolean().optional(),
      Cancellable: z.boolean().optional(),
      UpdateStatus: z
        .enum(["PENDING_UPDATE", "IN_PROGRESS", "COMPLETED", "NOT_ELIGIBLE", "ELIGIBLE"])
        .optional(),
      Description: z.string().optional(),
      AutomatedUpdateDate: timestamp.optional(),
      OptionalDeployment: z.boolean().optional(),
    })
    .optional(),
  DomainEndpointOptions: z
    .strictObject({
      EnforceHTTPS: z.boolean().optional(),
      TLSSecurityPolicy: z.string().optional(),
      CustomEndpointEnabled: z.boolean().optional(),
      CustomEndpoint: z.string().optional(),
      CustomEndpointCertificateArn: z.string().optional(),
    })
    .optional(),
  AdvancedSecurityOptions: z
    .strictObject({
      Enabled: z.boolean().optional(),
      InternalUserDatabaseEnabled: z.boolean().optional(),
      SAMLOptions: anyJson,
      JWTOptions: anyJson,
      IAMFederationOptions: anyJson,
      AnonymousAuthDisableDate: timestamp.optional(),
      AnonymousAuthEnabled: z.boolean().optional(),
    })
    .optional(),
  IdentityCenterOptions: anyJson,
  AutoTuneOptions: anyJson,
  ChangeProgressDetails: anyJson,
  OffPeakWindowOptions: anyJson,
  SoftwareUpdateOptions: anyJson,
  DomainProcessingStatus: z.string().optional(),
  ModifyingProperties: anyJson,
  AIMLOptions: anyJson,
  DeploymentStrategyOptions: anyJson,
  AutomatedSnapshotPauseOptions: anyJson,
  UseCase: z.string().optional(),
  EngineMode: z.string().optional(),
});

const tag = z.strictObject({ Key: z.string(), Value: z.string() });

export const opensearchDomainSchema = z.strictObject({
  DomainStatus: domainStatusSchema,
  TagList: z.array(tag).default([]),
});

export const opensearchSchema = z
  .strictObject({ domains: z.array(opensearchDomainSchema).default([]) })
  // Optional, so estates without OpenSearch stay valid.
  .optional();

export type OpenSearchDomain = z.output<typeof opensearchDomainSchema>;
export type DomainStatusEstate = z.output<typeof domainStatusSchema>;

/** OpenSearch Service domains. */
export const opensearchEstate = estateSection("opensearch", opensearchSchema);
