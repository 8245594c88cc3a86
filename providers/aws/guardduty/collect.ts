import {
  GetDetectorCommand,
  GetFindingsCommand,
  GetMalwareProtectionPlanCommand,
  GuardDutyClient,
  ListMalwareProtectionPlansCommand,
  ListDetectorsCommand,
  ListFindingsCommand,
  type Finding,
  type GetDetectorResponse,
} from "@aws-sdk/client-guardduty";
import { createAwsClient, ClientCache } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { regionsToScan } from "../regions.js";
import { GET_FINDINGS_BATCH, GUARDDUTY_FINDING_CRITERIA, GUARDDUTY_PAGE_MAX } from "./criteria.js";

export const GUARDDUTY_CLIENT = "guardduty";
export const GUARDDUTY_DETECTOR_TYPE = "aws.guardduty.detector";

/** The record of one region's GuardDuty: its name is also the `resource` of every error entry for it. */
export function guardDutyScopeName(region: string): string {
  return `guardduty/${region}`;
}

/** Stable per account and region, whatever the detector id (see ThreatDetectionAsset). */
export function guardDutyScopeId(partition: string, region: string, account: string): string {
  return `arn:${partition}:guardduty:${region}:${account}:detector`;
}

/**
 * GuardDuty per region: ListDetectors (paginated), then for the region's detector GetDetector (features, or the
 * older dataSources), ListFindings (paginated, GUARDDUTY_FINDING_CRITERIA) and GetFindings in batches of 50.
 * One record per region, even without a detector: "GuardDuty is off here" is an answer the checks need.
 */
export async function collectGuardDuty(ctx: AwsCollectContext): Promise<void> {
  const clients = new ClientCache((region) => createAwsClient(GuardDutyClient, ctx.options, region));
  try {
    await Promise.all(
      regionsToScan(ctx.options).map((region) => collectRegion(ctx, clients.get(region), region)),
    );
  } finally {
    clients.destroyAll();
  }
}

async function collectRegion(ctx: AwsCollectContext, client: GuardDutyClient, region: string): Promise<void> {
  const name = guardDutyScopeName(region);
  const scope = { region, resource: name };
  const replies: Record<string, unknown> = {};
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: GUARDDUTY_CLIENT,
    resourceType: GUARDDUTY_DETECTOR_TYPE,
    resourceId: guardDutyScopeId(ctx.partition, region, ctx.account),
    name,
    replies,
  });

  const [detectorIds] = await Promise.all([
    listDetectors(ctx, client, scope),
    collectMalwarePlans(ctx, client, scope, replies),
  ]);
  if (!detectorIds) return;
  await collectDetector(ctx, client, region, scope, replies, detectorIds);
}

/**
 * Malware Protection for S3 plans: listed, then read one by one. `ListMalwareProtectionPlans` keeps the ids,
 * `GetMalwareProtectionPlan` maps id → reply; a plan whose read failed is missing from the map.
 */
async function collectMalwarePlans(
  ctx: AwsCollectContext,
  client: GuardDutyClient,
  scope: { region: string; resource: string },
  replies: Record<string, unknown>,
): Promise<void> {
  const ids = await paginate<string>(async (token) => {
    const page = await ctx.reader.read<{
      MalwareProtectionPlans?: Array<{ MalwareProtectionPlanId?: string }>;
      NextToken?: string;
    }>(
      GUARDDUTY_CLIENT,
      client,
      new ListMalwareProtectionPlansCommand({ ...(token ? { NextToken: token } : {}) }),
      scope,
    );
    return page.ok
      ? {
          items: (page.value?.MalwareProtectionPlans ?? []).flatMap((p) =>
            p.MalwareProtectionPlanId ? [p.MalwareProtectionPlanId] : [],
          ),
          next: page.value?.NextToken,
        }
      : undefined;
  });
  if (!ids) return;
  const details: Record<string, unknown> = {};
  await Promise.all(
    ids.map(async (id) => {
      const plan = await ctx.reader.read<Record<string, unknown>>(
        GUARDDUTY_CLIENT,
        client,
        new GetMalwareProtectionPlanCommand({ MalwareProtectionPlanId: id }),
        scope,
      );
      if (plan.ok) details[id] = plan.value ?? null;
    }),
  );
  replies.ListMalwareProtectionPlans = ids;
  replies.GetMalwareProtectionPlan = details;
}

async function listDetectors(
  ctx: AwsCollectContext,
  client: GuardDutyClient,
  scope: { region: string; resource: string },
): Promise<string[] | undefined> {
  return paginate<string>(async (token) => {
    const page = await ctx.reader.read<{ DetectorIds?: string[]; NextToken?: string }>(
      GUARDDUTY_CLIENT,
      client,
      new ListDetectorsCommand({ MaxResults: GUARDDUTY_PAGE_MAX, ...(token ? { NextToken: token } : {}) }),
      scope,
    );
    return page.ok ? { items: page.value?.DetectorIds ?? [], next: page.value?.NextToken } : undefined;
  });
}

async function collectDetector(
  ctx: AwsCollectContext,
  client: GuardDutyClient,
  region: string,
  scope: { region: string; resource: string },
  replies: Record<string, unknown>,
  detectorIds: string[],
): Promise<void> {
  replies.ListDetectors = { DetectorIds: detectorIds };
  // GuardDuty allows one detector per account and region.
  const detectorId = detectorIds[0];
  if (!detectorId) return;

  const [detector, findingIds] = await Promise.all([
    ctx.reader.read<GetDetectorResponse>(
      GUARDDUTY_CLIENT,
      client,
      new GetDetectorCommand({ DetectorId: detectorId }),
      scope,
    ),
    paginate<string>(async (token) => {
      const page = await ctx.reader.read<{ FindingIds?: string[]; NextToken?: string }>(
        GUARDDUTY_CLIENT,
        client,
        new ListFindingsCommand({
          DetectorId: detectorId,
          FindingCriteria: GUARDDUTY_FINDING_CRITERIA,
          MaxResults: GUARDDUTY_PAGE_MAX,
          ...(token ? { NextToken: token } : {}),
        }),
        scope,
      );
      return page.ok ? { items: page.value?.FindingIds ?? [], next: page.value?.NextToken } : undefined;
    }, true),
  ]);
  if (detector.ok) replies.GetDetector = { DetectorId: detectorId, ...detector.value };
  if (!findingIds) return;
  replies.ListFindings = { FindingCriteria: GUARDDUTY_FINDING_CRITERIA, FindingIds: findingIds };
  if (findingIds.length > 0)
    ctx.options.onProgress?.(`aws ${ctx.account} ${region}: ${findingIds.length} GuardDuty findings`);

  const batches: string[][] = [];
  for (let i = 0; i < findingIds.length; i += GET_FINDINGS_BATCH)
    batches.push(findingIds.slice(i, i + GET_FINDINGS_BATCH));
  const read = await Promise.all(
    batches.map((ids) =>
      ctx.reader.read<{ Findings?: Finding[] }>(
        GUARDDUTY_CLIENT,
        client,
        new GetFindingsCommand({ DetectorId: detectorId, FindingIds: ids }),
        scope,
      ),
    ),
  );
  // A failed batch is an error entry (the native source is then "partial"); the other batches still count.
  replies.GetFindings = { Findings: read.flatMap((r) => (r.ok ? (r.value?.Findings ?? []) : [])) };
}

/**
 * Follows NextToken. Undefined when the first page fails; with `keepPartial`, the pages read before a failure
 * (the error entry says the list is incomplete).
 */
async function paginate<T>(
  page: (token: string | undefined) => Promise<{ items: T[]; next: string | undefined } | undefined>,
  keepPartial = false,
): Promise<T[] | undefined> {
  const items: T[] = [];
  let token: string | undefined;
  let first = true;
  do {
    const result = await page(token);
    if (!result) return first || !keepPartial ? undefined : items;
    items.push(...result.items);
    token = result.next;
    first = false;
  } while (token);
  return items;
}
