import {
  SecurityCenter,
  type Alert,
  type Pricing,
  type SecurityAssessmentMetadataResponse,
  type SecurityAssessmentResponse,
} from "@azure/arm-security";
import { armRecord, type AzureCollectContext } from "../context.js";
import { DEFENDER_RECORD_TYPE, DEFENDER_SERVICE, defenderScopeId } from "./names.js";

/**
 * Defender for Cloud for one subscription: its plans (Pricings_List), its security alerts (Alerts_List) and its
 * assessments (Assessments_List at the subscription scope). An assessment names its metadata only by key, so
 * the tenant's assessment metadata (AssessmentsMetadata_List) is read when there are assessments, and the
 * entries they use are kept — their `policyDefinitionId` is what the merge folds on.
 */
export async function collectDefender(ctx: AzureCollectContext): Promise<void> {
  const client = new SecurityCenter(ctx.arm.credential, ctx.subscriptionId, ctx.arm.clientOptions);
  const id = defenderScopeId(ctx.subscriptionId);
  const scope = { subscription: ctx.subscriptionId, resource: id };
  const [pricings, alerts, assessments] = await Promise.all([
    ctx.reader.get(DEFENDER_SERVICE, "Pricings_List", scope, () => client.pricings.list()),
    ctx.reader.list<Alert>(DEFENDER_SERVICE, "Alerts_List", scope, () => client.alerts.list()),
    ctx.reader.list<SecurityAssessmentResponse>(DEFENDER_SERVICE, "Assessments_List", scope, () =>
      client.assessments.list(`subscriptions/${ctx.subscriptionId}`),
    ),
  ]);
  const replies: Record<string, unknown> = {};
  if (pricings.ok) replies.Pricings_List = (pricings.value as { value?: Pricing[] } | null)?.value ?? [];
  if (alerts.ok) replies.Alerts_List = alerts.value ?? [];
  if (assessments.ok) {
    replies.Assessments_List = assessments.value ?? [];
    const keys = new Set((assessments.value ?? []).map((a) => a.name?.toLowerCase()).filter(Boolean));
    if (keys.size > 0) {
      const metadata = await ctx.reader.list<SecurityAssessmentMetadataResponse>(
        DEFENDER_SERVICE,
        "AssessmentsMetadata_List",
        scope,
        () => client.assessmentsMetadata.list(),
      );
      if (metadata.ok)
        replies.AssessmentsMetadata_List = (metadata.value ?? []).filter((m) =>
          keys.has(m.name?.toLowerCase()),
        );
    }
  }
  const open = ((replies.Alerts_List as Alert[] | undefined) ?? []).filter(
    (a) => a.status !== "Resolved",
  ).length;
  if (open > 0) ctx.options.onProgress?.(`azure ${ctx.subscriptionId}: ${open} Defender alerts`);
  ctx.inventory.records.push(
    armRecord(
      ctx,
      { id, name: `defender/${ctx.subscriptionId}`, location: "global" },
      DEFENDER_SERVICE,
      DEFENDER_RECORD_TYPE,
      replies,
    ),
  );
}
