// Microsoft Defender for Cloud (Microsoft.Security) per subscription, as the CLI prints it — `az security pricing
// list`, `az security alert list`, `az security assessment list`, `az security assessment-metadata list` — or as
// ARM JSON with `properties`. Fields the merge reads are checked; the rest is passed through as given.
// Absent: every plan on the Free tier, no alerts, no assessments (Defender's foundational CSPM still lists
// recommendations, but an estate without any has none).
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";
import { fromArmJson, passThrough } from "../../../../mocks/estate/azure-common.js";

const iso = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date")
  .optional();

export const pricingSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    /** The plan: StorageAccounts, AI, CloudPosture, VirtualMachines, … */
    name: z.string().min(1),
    pricingTier: z.enum(["Free", "Standard"]),
    subPlan: z.string().optional(),
    ...passThrough([
      "id",
      "type",
      "freeTrialRemainingTime",
      "enablementTime",
      "deprecated",
      "replacedBy",
      "extensions",
      "resourcesCoverageStatus",
      "inherited",
      "inheritedFrom",
    ]),
  }),
);

const resourceIdentifier = z.looseObject({
  type: z.enum(["AzureResource", "LogAnalytics"]),
  azureResourceId: z.string().optional(),
});

export const alertSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    /** The alert's name (ARM id's last segment). */
    name: z.string().min(1),
    /** Where Defender stores it (the `locations/{ascLocation}` of its id). */
    location: z.string().default("centralus"),
    /** Resource-group-level alerts have it in their id; subscription-level ones do not. */
    resourceGroup: z.string().optional(),
    alertType: z.string().min(1),
    alertDisplayName: z.string().optional(),
    description: z.string().optional(),
    severity: z.enum(["Informational", "Low", "Medium", "High"]),
    status: z.enum(["Active", "InProgress", "Resolved", "Dismissed"]).default("Active"),
    resourceIdentifiers: z.array(resourceIdentifier).default([]),
    compromisedEntity: z.string().optional(),
    startTimeUtc: iso,
    endTimeUtc: iso,
    timeGeneratedUtc: iso,
    remediationSteps: z.array(z.string()).optional(),
    ...passThrough([
      "id",
      "type",
      "systemAlertId",
      "productComponentName",
      "intent",
      "vendorName",
      "extendedLinks",
      "alertUri",
      "productName",
      "processingEndTimeUtc",
      "entities",
      "isIncident",
      "correlationKey",
      "extendedProperties",
      "techniques",
      "subTechniques",
      "supportingEvidence",
    ]),
  }),
);

export const assessmentSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    /** The assessment key: the name of its assessment metadata. */
    name: z.string().min(1),
    resourceDetails: z.looseObject({
      source: z.enum(["Azure", "OnPremise", "OnPremiseSql"]).default("Azure"),
      id: z.string().optional(),
    }),
    displayName: z.string().optional(),
    status: z.looseObject({
      code: z.enum(["Healthy", "Unhealthy", "NotApplicable"]),
      cause: z.string().optional(),
      description: z.string().optional(),
      firstEvaluationDate: iso,
      statusChangeDate: iso,
    }),
    ...passThrough(["id", "type", "additionalData", "links", "metadata", "partnersData", "resourceGroup"]),
  }),
);

export const assessmentMetadataSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string().min(1),
    displayName: z.string().min(1),
    policyDefinitionId: z.string().optional(),
    severity: z.enum(["Low", "Medium", "High"]),
    assessmentType: z
      .enum(["BuiltIn", "CustomPolicy", "CustomerManaged", "VerifiedPartner"])
      .default("BuiltIn"),
    ...passThrough([
      "id",
      "type",
      "description",
      "remediationDescription",
      "categories",
      "userImpact",
      "implementationEffort",
      "threats",
      "preview",
      "publishDates",
      "plannedDeprecationDate",
      "tactics",
      "techniques",
      "partnerData",
    ]),
  }),
);

export const defenderSchema = z
  .strictObject({
    pricings: z.array(pricingSchema).default([]),
    alerts: z.array(alertSchema).default([]),
    assessments: z.array(assessmentSchema).default([]),
    /** Added to the built-in metadata the emulator serves tenant-wide (emulator/security.ts). */
    assessmentMetadata: z.array(assessmentMetadataSchema).default([]),
  })
  .optional();

export type DefenderPricing = z.output<typeof pricingSchema>;
export type DefenderAlert = z.output<typeof alertSchema>;
export type DefenderAssessment = z.output<typeof assessmentSchema>;
export type DefenderAssessmentMetadata = z.output<typeof assessmentMetadataSchema>;

/** Defender for Cloud plans, alerts and assessments. */
export const defenderEstate = estateSection("defender", defenderSchema);
