// Microsoft.Insights diagnostic settings (api-version 2021-05-01-preview): GET
// {resourceUri}/providers/Microsoft.Insights/diagnosticSettings for any estate resource. Settings come from the
// resource's `diagnosticSettings` in the estate, at the sub-path its estate section's resourceType names (a
// storage account's blob logs live on blobServices/default); any other existing sub-resource has none.
import { resourcesOf } from "../../../../mocks/estate/azure.js";
import type { AzureDiagnosticSetting } from "../../../../mocks/estate/azure-common.js";
import {
  armError,
  armJson,
  armService,
  findSubscription,
  lastProviderNamespace,
  subscriptionNotFound,
  toArmJson,
} from "../../../../mocks/azure/arm.js";

function settingToArm(resourceUri: string, setting: AzureDiagnosticSetting) {
  return toArmJson(
    setting,
    {
      id: `${resourceUri}/providers/microsoft.insights/diagnosticSettings/${setting.name}`,
      type: "Microsoft.Insights/diagnosticSettings",
      name: setting.name,
    },
    { defaults: { logAnalyticsDestinationType: null } },
  );
}

export const azureMonitor = armService(
  "azure-monitor",
  (path) => lastProviderNamespace(path) === "microsoft.insights",
  [
    {
      operation: "DiagnosticSettings_List",
      path: "/subscriptions/{subscriptionId}/{resourcePath*}/providers/Microsoft.Insights/diagnosticSettings",
      handle: ({ subscriptionId = "" }, req, ctx) => {
        const subscription = findSubscription(ctx.estate, subscriptionId);
        if (!subscription) return subscriptionNotFound(subscriptionId);
        const resourceUri = req.path.replace(/\/providers\/Microsoft\.Insights\/diagnosticSettings\/?$/i, "");
        const uri = resourceUri.toLowerCase();
        for (const entry of resourcesOf(subscription, ctx.armResourceTypes)) {
          const id = entry.id.toLowerCase();
          if (uri === `${id}${entry.diagnosticsAt}`.toLowerCase()) {
            const settings = (entry.resource.diagnosticSettings ?? []) as AzureDiagnosticSetting[];
            return armJson({ value: settings.map((s) => settingToArm(resourceUri, s)) });
          }
          if (uri === id || uri.startsWith(`${id}/`)) return armJson({ value: [] });
        }
        return armError(404, "ResourceNotFound", `The Resource '${resourceUri}' was not found.`);
      },
    },
  ],
);
