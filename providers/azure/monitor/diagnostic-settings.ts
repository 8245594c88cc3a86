// Diagnostic settings (Microsoft.Insights): where a resource's logs go. Read with ArmRestClient (no SDK client
// is installed for Microsoft.Insights); interpreted by logDestination(), which is pure.
import type { ArmRestClient } from "../arm-rest.js";
import type { AzureCollectContext } from "../context.js";
import type { AzureReadScope } from "../reader.js";

export const DIAGNOSTIC_SETTINGS = "DiagnosticSettings_List";
const API_VERSION = "2021-05-01-preview";

/** ARM wire shape of one diagnostic setting. */
export interface DiagnosticSetting {
  id?: string;
  name?: string;
  properties?: {
    workspaceId?: string | null;
    storageAccountId?: string | null;
    eventHubAuthorizationRuleId?: string | null;
    marketplacePartnerId?: string | null;
    logs?: Array<{ category?: string | null; categoryGroup?: string | null; enabled?: boolean }>;
  };
}

export function readDiagnosticSettings(
  ctx: AzureCollectContext,
  rest: ArmRestClient,
  resourceUri: string,
  scope: AzureReadScope,
) {
  return ctx.reader.list<DiagnosticSetting>("monitor", DIAGNOSTIC_SETTINGS, scope, () =>
    rest.list<DiagnosticSetting>(
      `${resourceUri}/providers/Microsoft.Insights/diagnosticSettings`,
      API_VERSION,
    ),
  );
}

/**
 * Where the given log categories are sent, if anywhere: a setting with a destination and the category (or a
 * category group that contains it: allLogs, audit) enabled.
 */
export function logDestination(
  settings: readonly DiagnosticSetting[],
  categories: readonly string[],
  groups: readonly string[] = ["allLogs", "audit"],
): { enabled: boolean; target?: string; setting?: string } {
  const wanted = new Set(categories.map((c) => c.toLowerCase()));
  const wantedGroups = new Set(groups.map((g) => g.toLowerCase()));
  for (const setting of settings) {
    const p = setting.properties ?? {};
    const target =
      p.workspaceId ?? p.storageAccountId ?? p.eventHubAuthorizationRuleId ?? p.marketplacePartnerId;
    if (!target) continue;
    const sends = (p.logs ?? []).some(
      (log) =>
        log.enabled === true &&
        ((log.category && wanted.has(log.category.toLowerCase())) ||
          (log.categoryGroup && wantedGroups.has(log.categoryGroup.toLowerCase()))),
    );
    if (sends) return { enabled: true, target, ...(setting.name ? { setting: setting.name } : {}) };
  }
  return { enabled: false };
}
