// Microsoft.Security (Defender for Cloud), at the api-versions @azure/arm-security 5 sends: pricings (2022-03-01,
// one unpaged list of every plan), alerts by subscription (2021-11-01, nextLink), assessments at a scope and the
// tenant's assessment metadata (2021-06-01, nextLink). The estate holds the CLI's shapes
// (estate.ts); replies are ARM JSON with `properties`.
import type {
  DefenderAlert,
  DefenderAssessment,
  DefenderAssessmentMetadata,
  DefenderPricing,
} from "./estate.js";
import type { AzureSubscription } from "../../../../mocks/estate/azure.js";
import {
  armError,
  armJson,
  armPage,
  armService,
  findSubscription,
  lastProviderNamespace,
  subscriptionNotFound,
  toArmJson,
  subscriptionList,
} from "../../../../mocks/azure/arm.js";
import { defenderEstate } from "./estate.js";

/** The plans `az security pricing list` shows; the estate's entries replace these Free defaults by name. */
const PLANS = [
  "VirtualMachines",
  "SqlServers",
  "AppServices",
  "StorageAccounts",
  "SqlServerVirtualMachines",
  "KeyVaults",
  "Dns",
  "Arm",
  "OpenSourceRelationalDatabases",
  "Containers",
  "CosmosDbs",
  "CloudPosture",
  "Api",
  "AI",
];

/**
 * Built-in assessment metadata the emulator always serves. The policyDefinitionId is the real Azure Policy
 * built-in "Storage account public access should be disallowed"; the assessment key (name) is illustrative —
 * the merge keys on policyDefinitionId, never on the key or the display name.
 */
export const BUILT_IN_METADATA: readonly DefenderAssessmentMetadata[] = [
  {
    name: "a0f5c1d2-7e3b-4c8a-9f10-2b3c4d5e6f70",
    displayName: "Storage account public access should be disallowed",
    policyDefinitionId:
      "/providers/Microsoft.Authorization/policyDefinitions/4fa4b6c0-31ca-4c0d-b10d-24b96f62a751",
    severity: "Medium",
    assessmentType: "BuiltIn",
    categories: ["Data"],
    description:
      "Anonymous public read access to containers and blobs in Azure Storage is a convenient way to share data but might present security risks.",
  },
];

function pricingsOf(subscription: AzureSubscription) {
  const given = defenderEstate.of(subscription)?.pricings ?? [];
  const byName = new Map<string, DefenderPricing>(
    PLANS.map((name) => [name.toLowerCase(), { name, pricingTier: "Free" }]),
  );
  for (const pricing of given) byName.set(pricing.name.toLowerCase(), pricing);
  return [...byName.values()].map((p) =>
    toArmJson(
      p,
      {
        id: `/subscriptions/${subscription.subscriptionId}/providers/Microsoft.Security/pricings/${p.name}`,
        type: "Microsoft.Security/pricings",
        name: p.name,
      },
      { defaults: { freeTrialRemainingTime: "PT0S" } },
    ),
  );
}

function alertToArm(subscriptionId: string, alert: DefenderAlert) {
  const { location, resourceGroup, ...rest } = alert;
  const scope = resourceGroup
    ? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
    : `/subscriptions/${subscriptionId}`;
  return toArmJson(
    rest,
    {
      id: `${scope}/providers/Microsoft.Security/locations/${location}/alerts/${alert.name}`,
      type: "Microsoft.Security/Locations/alerts",
      name: alert.name,
    },
    { defaults: { vendorName: "Microsoft", productName: "Microsoft Defender for Cloud", isIncident: false } },
  );
}

function assessmentToArm(assessment: DefenderAssessment) {
  const target = assessment.resourceDetails.id ?? "";
  return toArmJson(assessment, {
    id: `${target}/providers/Microsoft.Security/assessments/${assessment.name}`,
    type: "Microsoft.Security/assessments",
    name: assessment.name,
  });
}

function metadataToArm(metadata: DefenderAssessmentMetadata) {
  return toArmJson(metadata, {
    id: `/providers/Microsoft.Security/assessmentMetadata/${metadata.name}`,
    type: "Microsoft.Security/assessmentMetadata",
    name: metadata.name,
  });
}

export const azureSecurity = armService(
  "azure-security",
  (path) => lastProviderNamespace(path) === "microsoft.security",
  [
    {
      operation: "Pricings_List",
      path: "/subscriptions/{subscriptionId}/providers/Microsoft.Security/pricings",
      handle: ({ subscriptionId = "" }, _req, ctx) => {
        const subscription = findSubscription(ctx.estate, subscriptionId);
        if (!subscription) return subscriptionNotFound(subscriptionId);
        // Pricings_List is not pageable: one reply with every plan.
        return armJson({ value: pricingsOf(subscription) });
      },
    },
    subscriptionList(
      "Alerts_List",
      "/subscriptions/{subscriptionId}/providers/Microsoft.Security/alerts",
      (subscription) =>
        (defenderEstate.of(subscription)?.alerts ?? []).map((a) =>
          alertToArm(subscription.subscriptionId, a),
        ),
    ),
    {
      operation: "Assessments_List",
      path: "/{scope*}/providers/Microsoft.Security/assessments",
      handle: ({ scope = "" }, req, ctx) => {
        const subscriptionId = /^subscriptions\/([^/]+)/i.exec(scope)?.[1];
        if (!subscriptionId)
          return armError(
            400,
            "InvalidScope",
            `The scope '/${scope}' is not a subscription or a resource in one.`,
          );
        const subscription = findSubscription(ctx.estate, subscriptionId);
        if (!subscription) return subscriptionNotFound(subscriptionId);
        const prefix = `/${scope}`.toLowerCase();
        const assessments = (defenderEstate.of(subscription)?.assessments ?? []).filter((a) => {
          const id = (a.resourceDetails.id ?? "").toLowerCase();
          return id === prefix || id.startsWith(`${prefix}/`);
        });
        return armPage(assessments.map(assessmentToArm), req, ctx);
      },
    },
    {
      operation: "AssessmentsMetadata_List",
      path: "/providers/Microsoft.Security/assessmentMetadata",
      handle: (_params, req, ctx) => {
        // Tenant-wide: the built-ins plus every estate subscription's own entries, once each.
        const byName = new Map<string, DefenderAssessmentMetadata>();
        for (const m of BUILT_IN_METADATA) byName.set(m.name.toLowerCase(), m);
        for (const s of ctx.estate.azure.subscriptions)
          for (const m of defenderEstate.of(s)?.assessmentMetadata ?? []) byName.set(m.name.toLowerCase(), m);
        return armPage([...byName.values()].map(metadataToArm), req, ctx);
      },
    },
  ],
);
