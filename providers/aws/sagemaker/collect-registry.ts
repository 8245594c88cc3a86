// SageMaker Model Registry: each model package group with its resource policy and the model versions registered
// in it (ListModelPackages, then DescribeModelPackage per version). Groups and versions are read through
// forEachBounded, so what is held in memory follows the concurrency, not the size of the registry.
import {
  DescribeModelPackageCommand,
  GetModelPackageGroupPolicyCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  type DescribeModelPackageOutput,
  type GetModelPackageGroupPolicyOutput,
  type ListModelPackageGroupsOutput,
  type ListModelPackagesOutput,
  type ModelPackageGroupSummary,
  type ModelPackageSummary,
  type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { forEachBounded } from "../../../src/engine/resource-pool.js";
import { describe, push, type SageMakerContext } from "./collect-common.js";
import { listAll, SAGEMAKER_PAGE_SIZE } from "./list.js";
import { SAGEMAKER_TYPES, sageMakerArn } from "./records.js";

/**
 * A group without a resource policy answers GetModelPackageGroupPolicy with ValidationException "Cannot find
 * resource policy for: <group ARN>"; a missing group is a ValidationException too ("Cannot find Model Package
 * Group: …") and stays a gap. The messages are the service's own, as AWS's CloudFormation handler for
 * AWS::SageMaker::ModelPackageGroup and the Terraform AWS provider match them.
 */
export const NO_GROUP_POLICY = {
  codes: ["ValidationException"],
  message: /^Cannot find resource policy\b/i,
};

/** Reads every model package group of the region; returns how many were read. */
export async function collectModelRegistry(
  ctx: SageMakerContext,
  client: SageMakerClient,
  region: string,
): Promise<number> {
  const groups = await listAll<ListModelPackageGroupsOutput, ModelPackageGroupSummary>(
    ctx,
    client,
    region,
    (NextToken) => new ListModelPackageGroupsCommand({ MaxResults: SAGEMAKER_PAGE_SIZE, NextToken }),
    (page) => page.ModelPackageGroupSummaryList,
  );
  await forEachBounded(groups, ctx.options.concurrency, async (summary) => {
    const name = summary.ModelPackageGroupName;
    if (!name) return;
    const replies: Record<string, unknown> = { ListModelPackageGroups: summary };
    const policy = await ctx.reader.read<GetModelPackageGroupPolicyOutput>(
      "sagemaker",
      client,
      new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: name }),
      { region, resource: name, absentCodes: NO_GROUP_POLICY.codes, absentMessage: NO_GROUP_POLICY.message },
    );
    if (policy.ok) replies.GetModelPackageGroupPolicy = policy.value;
    const packages = await readPackages(ctx, client, region, name);
    if (packages) replies.ListModelPackages = packages;
    await push(
      ctx,
      region,
      SAGEMAKER_TYPES.modelPackageGroup,
      summary.ModelPackageGroupArn ?? sageMakerArn(ctx, region, "model-package-group", name),
      name,
      replies,
    );
  });
  return groups.length;
}

/**
 * The group's versions, each { summary, describe? } (describe absent when its read failed); undefined when the
 * listing itself failed, so the normalizer answers unknown instead of "no versions".
 */
async function readPackages(
  ctx: SageMakerContext,
  client: SageMakerClient,
  region: string,
  group: string,
): Promise<Array<{ summary: ModelPackageSummary; describe?: DescribeModelPackageOutput }> | undefined> {
  const summaries: ModelPackageSummary[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<ListModelPackagesOutput>(
      "sagemaker",
      client,
      new ListModelPackagesCommand({
        ModelPackageGroupName: group,
        MaxResults: SAGEMAKER_PAGE_SIZE,
        NextToken: token,
      }),
      { region, resource: group },
    );
    if (!page.ok || !page.value) return undefined;
    summaries.push(...(page.value.ModelPackageSummaryList ?? []));
    token = page.value.NextToken || undefined;
  } while (token);
  const out: Array<{ summary: ModelPackageSummary; describe?: DescribeModelPackageOutput }> = [];
  await forEachBounded(summaries, ctx.options.concurrency, async (summary) => {
    const arn = summary.ModelPackageArn;
    if (!arn) return;
    const reply = await describe<DescribeModelPackageOutput>(
      ctx,
      client,
      new DescribeModelPackageCommand({ ModelPackageName: arn }),
      region,
      arn,
    );
    out.push(reply ? { summary, describe: reply } : { summary });
  });
  return out;
}
