// Amazon GuardDuty estate, per account and keyed by region. A detector is what `aws guardduty get-detector`
// prints plus its `DetectorId`; its `Findings` are what `aws guardduty get-findings` prints (the bare list or
// the `{"Findings": [...]}` wrapper), in the CLI's PascalCase member names. The emulator serves them in
// GuardDuty's camelCase wire names. Fields the merge reads are checked (a typo in `Type` or `Severity` is an
// error); the rest of a finding is kept as given, so real output with every nested detail pastes in.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const timestamp = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date")
  .optional();
const status = z.enum(["ENABLED", "DISABLED"]);

const feature = z.strictObject({
  Name: z.string().min(1),
  Status: status,
  UpdatedAt: timestamp,
  AdditionalConfiguration: z
    .array(z.strictObject({ Name: z.string(), Status: status, UpdatedAt: timestamp }))
    .optional(),
  ManagedBy: z.string().optional(),
});

export const guardDutyFindingSchema = z.looseObject({
  Id: z.string().min(1),
  Type: z
    .string()
    .regex(/^[A-Za-z0-9]+:[^/\s]+\/\S+$/, "expected ThreatPurpose:ResourceTypeAffected/ThreatFamilyName"),
  Severity: z.number().min(0).max(10),
  Resource: z.looseObject({ ResourceType: z.string().min(1) }),
  Service: z
    .looseObject({
      Archived: z.boolean().optional(),
      Count: z.number().int().min(1).optional(),
      EventFirstSeen: timestamp,
      EventLastSeen: timestamp,
    })
    .optional(),
  Title: z.string().optional(),
  Description: z.string().optional(),
  CreatedAt: timestamp,
  UpdatedAt: timestamp,
});

const findingsInput = z.union([
  z.array(guardDutyFindingSchema),
  z.strictObject({ Findings: z.array(guardDutyFindingSchema) }).transform((v) => v.Findings),
]);

export const guardDutyDetectorSchema = z.strictObject({
  /** Real detector ids are 32 lower-case hex characters. */
  DetectorId: z.string().regex(/^[a-z0-9]{1,300}$/, "expected a detector id (lower-case letters and digits)"),
  Status: status.default("ENABLED"),
  CreatedAt: timestamp,
  UpdatedAt: timestamp,
  FindingPublishingFrequency: z.enum(["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"]).default("SIX_HOURS"),
  ServiceRole: z.string().optional(),
  /** The older shape (S3Logs, Kubernetes, …), still returned next to Features. */
  DataSources: z.record(z.string(), z.unknown()).optional(),
  Features: z.array(feature).optional(),
  Tags: z.record(z.string(), z.string()).optional(),
  Findings: findingsInput.default([]),
});

export const malwareProtectionPlanSchema = z.strictObject({
  MalwareProtectionPlanId: z.string().optional(),
  Arn: z.string().optional(),
  Role: z.string().default("arn:aws:iam::111122223333:role/GuardDutyMalwareProtection"),
  ProtectedResource: z.strictObject({
    S3Bucket: z.strictObject({
      BucketName: z.string().min(3),
      ObjectPrefixes: z.array(z.string()).optional(),
    }),
  }),
  Actions: z.unknown().optional(),
  CreatedAt: timestamp,
  Status: z.enum(["ACTIVE", "WARNING", "ERROR"]).default("ACTIVE"),
  StatusReasons: z.array(z.unknown()).optional(),
  Tags: z.record(z.string(), z.string()).optional(),
});

export const guardDutySchema = z
  .record(
    z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "expected a region name such as us-east-1"),
    z.strictObject({
      detectors: z
        .array(guardDutyDetectorSchema)
        .max(1, "GuardDuty allows one detector per account and region")
        .default([]),
      /** Malware Protection for S3 plans (independent of the detector), as `get-malware-protection-plan` prints them. */
      malwareProtectionPlans: z.array(malwareProtectionPlanSchema).default([]),
    }),
  )
  // Optional, so estates (and the built-in default account) without GuardDuty stay valid: no detector anywhere.
  .optional();

export type GuardDutyDetector = z.output<typeof guardDutyDetectorSchema>;
export type GuardDutyFinding = z.output<typeof guardDutyFindingSchema>;

/** GuardDuty detectors and findings per region. */
export const guardDutyEstate = estateSection("guardduty", guardDutySchema);
