import { GetPublicAccessBlockCommand, S3ControlClient } from "@aws-sdk/client-s3-control";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { AwsScanOptions } from "../options.js";
import { createAwsClient, fixedEndpointProvider } from "../clients.js";
import { homeRegion, type AwsCollectContext } from "../context.js";
import type { AwsReader } from "../reader.js";

export interface CallerIdentity {
  Account?: string;
  Arn?: string;
  UserId?: string;
}

/** Who the credentials are. A failure is recorded; the scan goes on with the account unknown. */
export async function readCallerIdentity(
  reader: AwsReader,
  options: AwsScanOptions,
  region: string,
): Promise<CallerIdentity | undefined> {
  const client = createAwsClient(STSClient, options, region);
  try {
    const result = await reader.read<CallerIdentity>("sts", client, new GetCallerIdentityCommand({}), {
      region,
    });
    return result.ok ? (result.value ?? undefined) : undefined;
  } finally {
    client.destroy();
  }
}

/** Account-level settings: S3 Block Public Access from S3 Control. */
export async function collectAccount(
  ctx: AwsCollectContext,
  identity: CallerIdentity | undefined,
): Promise<void> {
  const region = homeRegion(ctx.partition);
  const replies: Record<string, unknown> = {};
  if (identity) replies.GetCallerIdentity = identity;
  if (ctx.account !== "unknown") {
    const client = createAwsClient(
      S3ControlClient,
      ctx.options,
      region,
      fixedEndpointProvider(ctx.options.endpoint),
    );
    try {
      const result = await ctx.reader.read<{ PublicAccessBlockConfiguration?: unknown }>(
        "s3-control",
        client,
        new GetPublicAccessBlockCommand({ AccountId: ctx.account }),
        { region, resource: ctx.account, absentCodes: ["NoSuchPublicAccessBlockConfiguration"] },
      );
      if (result.ok)
        replies["s3-control:GetPublicAccessBlock"] = result.value?.PublicAccessBlockConfiguration ?? null;
    } finally {
      client.destroy();
    }
  }
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region: "global",
    service: "account",
    resourceType: "aws.account",
    resourceId: `arn:${ctx.partition}:iam::${ctx.account}:root`,
    name: ctx.account,
    replies,
  });
}
