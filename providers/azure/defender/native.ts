import type {
  Alert,
  Pricing,
  SecurityAssessmentMetadataResponse,
  SecurityAssessmentResponse,
} from "@azure/arm-security";
import type { CollectionError, Inventory, InventoryRecord } from "../../../src/model/inventory.js";
import type { NativeFinding, NativeSourceStatus } from "../../../src/model/native-finding.js";
import { sourceStatusOf } from "../../../src/merge/source-status.js";
import type { Severity } from "../../../src/model/severity.js";
import { DEFENDER_RECORD_TYPE, DEFENDER_SERVICE } from "./names.js";
import { standardPlans } from "./normalize.js";

/**
 * Pure: Defender alerts (threats) and unhealthy assessments (posture) of the inventory as native findings, and
 * whether each subscription's Defender could be read. Healthy and not-applicable assessments are not findings.
 */
export function defenderNativeFindings(inventory: Inventory): {
  findings: NativeFinding[];
  sources: NativeSourceStatus[];
} {
  const findings: NativeFinding[] = [];
  const sources: NativeSourceStatus[] = [];
  for (const record of inventory.records) {
    if (record.provider !== "azure" || record.resourceType !== DEFENDER_RECORD_TYPE) continue;
    const alerts = (record.replies.Alerts_List as Alert[] | undefined) ?? [];
    const assessments = (record.replies.Assessments_List as SecurityAssessmentResponse[] | undefined) ?? [];
    const metadata = new Map(
      (
        (record.replies.AssessmentsMetadata_List as SecurityAssessmentMetadataResponse[] | undefined) ?? []
      ).map((m) => [(m.name ?? "").toLowerCase(), m]),
    );
    const mine = [
      ...alerts.map((a) => fromAlert(a, record)),
      ...assessments
        .filter((a) => a.status?.code === "Unhealthy")
        .map((a) => fromAssessment(a, metadata.get((a.name ?? "").toLowerCase()), record)),
    ];
    findings.push(...mine);
    sources.push({ ...sourceState(record, inventory.errors), findings: mine.length });
  }
  return { findings, sources };
}

function sourceState(
  record: InventoryRecord,
  errors: readonly CollectionError[],
): Omit<NativeSourceStatus, "findings"> {
  const base = {
    source: "defender" as const,
    provider: "azure" as const,
    account: record.account,
    region: "global",
  };
  const failed = (operation: string) =>
    errors.find(
      (e) =>
        e.provider === "azure" &&
        e.service === DEFENDER_SERVICE &&
        e.account.toLowerCase() === record.account.toLowerCase() &&
        e.operation === operation,
    );
  const replies = record.replies;
  const pricings = () => (replies.Pricings_List as Pricing[] | undefined) ?? [];
  return sourceStatusOf({
    base,
    replies,
    failed,
    steps: [
      { require: "Alerts_List" },
      {
        notEnabled: () =>
          "Pricings_List" in replies && !standardPlans(pricings()).on
            ? "every Defender plan is on the Free tier"
            : undefined,
      },
    ],
    partial: ["Assessments_List", "AssessmentsMetadata_List", "Pricings_List"],
    readDetail: () => standardPlans(pricings()).detail,
  });
}

const SEVERITY: Record<string, Severity> = {
  informational: "info",
  low: "low",
  medium: "medium",
  high: "high",
  critical: "critical",
};

function severityOf(value: string | undefined): Severity {
  return SEVERITY[(value ?? "").toLowerCase()] ?? "medium";
}

/** An alert is open while Active or InProgress (no status means Active); Resolved and Dismissed are closed. */
function fromAlert(alert: Alert, record: InventoryRecord): NativeFinding {
  const id = alert.id ?? alert.name ?? "unknown";
  const location = /\/locations\/([^/]+)\/alerts\//i.exec(id)?.[1];
  const type = alert.alertType ?? "Unknown";
  const resourceIds = (alert.resourceIdentifiers ?? [])
    .map((r) =>
      r.type === "AzureResource" ? (r as { azureResourceId?: string }).azureResourceId : undefined,
    )
    .filter((r): r is string => Boolean(r));
  const first = asText(alert.startTimeUtc);
  const last = asText(alert.endTimeUtc) ?? asText(alert.timeGeneratedUtc);
  return {
    source: "defender",
    provider: "azure",
    account: record.account,
    region: location ?? "global",
    nativeId: id,
    type,
    foldKey: type,
    kind: "threat",
    active: !alert.status || alert.status === "Active" || alert.status === "InProgress",
    title: alert.alertDisplayName ?? type,
    ...(alert.description ? { description: alert.description } : {}),
    severity: severityOf(alert.severity),
    nativeSeverity: alert.severity ?? "unknown",
    resourceIds,
    ...(resourceIds[0] ? { resourceType: armType(resourceIds[0]) } : {}),
    count: 1,
    ...(first ? { firstSeen: first } : {}),
    ...(last ? { lastSeen: last } : {}),
    remediation: {
      text: alert.remediationSteps?.length
        ? alert.remediationSteps.join(" ")
        : `Investigate the Defender for Cloud alert ${alert.alertDisplayName ?? type} and follow its remediation steps.`,
      cli: {
        azure: `az security alert show --name ${alert.name ?? "ALERT"} --location ${location ?? "LOCATION"}${
          /\/resourceGroups\/([^/]+)\//i.exec(id)?.[1]
            ? ` --resource-group ${/\/resourceGroups\/([^/]+)\//i.exec(id)?.[1]}`
            : ""
        }`,
      },
    },
  };
}

/** An unhealthy assessment; its fold key is its metadata's policyDefinitionId (never its display name). */
function fromAssessment(
  assessment: SecurityAssessmentResponse,
  metadata: SecurityAssessmentMetadataResponse | undefined,
  record: InventoryRecord,
): NativeFinding {
  const key = assessment.name ?? "unknown";
  const policy = metadata?.policyDefinitionId ?? assessment.metadata?.policyDefinitionId;
  const target = (assessment.resourceDetails as { id?: string } | undefined)?.id;
  const severity = metadata?.severity ?? assessment.metadata?.severity;
  const title = assessment.displayName ?? metadata?.displayName ?? key;
  return {
    source: "defender",
    provider: "azure",
    account: record.account,
    region: "global",
    nativeId: assessment.id ?? key,
    type: key,
    foldKey: policy ?? key,
    kind: "posture",
    active: true,
    title,
    ...(assessment.status?.description ? { description: assessment.status.description } : {}),
    severity: severityOf(severity),
    nativeSeverity: severity ?? "unknown",
    resourceIds: target ? [target] : [],
    ...(target ? { resourceType: armType(target) } : {}),
    count: 1,
    ...(asText(assessment.status?.statusChangeDate)
      ? { lastSeen: asText(assessment.status?.statusChangeDate)! }
      : {}),
    remediation: {
      text: metadata?.remediationDescription ?? `Follow Defender for Cloud's recommendation "${title}".`,
      cli: {
        azure: `az security assessment show --name ${key} --assessed-resource-id ${target ?? "RESOURCE_ID"}`,
      },
    },
  };
}

/** "/subscriptions/…/providers/Microsoft.Storage/storageAccounts/x" → "Microsoft.Storage/storageAccounts". */
function armType(id: string): string | undefined {
  const match = /\/providers\/([^/]+)\/([^/]+)\/[^/]+$/i.exec(id);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Replies are stored as plain JSON: dates are ISO strings already, but the SDK types say Date. */
function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  return undefined;
}
