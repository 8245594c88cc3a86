// Amazon SageMaker: endpoints (with their endpoint configurations and the models they serve), notebook
// instances, recent training jobs and Studio domains, in every region scanned. Every read shares the reader's
// concurrency bound; a failed read leaves its reply out of the record (the normalizer turns that into unknown).
import {
  DescribeDomainCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeNotebookInstanceCommand,
  DescribeTrainingJobCommand,
  ListDomainsCommand,
  ListEndpointsCommand,
  ListNotebookInstancesCommand,
  ListTrainingJobsCommand,
  SageMakerClient,
  type DescribeEndpointConfigOutput,
  type DescribeEndpointOutput,
  type DescribeModelOutput,
  type DomainDetails,
  type EndpointSummary,
  type ListDomainsResponse,
  type ListEndpointsOutput,
  type ListNotebookInstancesOutput,
  type ListTrainingJobsResponse,
  type NotebookInstanceSummary,
  type TrainingJobSummary,
} from "@aws-sdk/client-sagemaker";
import { createAwsClient, ClientCache } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { KeyDescriber } from "../kms/describe-key.js";
import { regionsToScan } from "../regions.js";
import { listAll, SAGEMAKER_PAGE_SIZE } from "./list.js";
import { describe, push, type SageMakerContext } from "./collect-common.js";
import { collectJobs } from "./collect-jobs.js";
import { collectModelRegistry } from "./collect-registry.js";
import { SAGEMAKER_TYPES, sageMakerArn } from "./records.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

/** Training jobs created within this many days are read, unless CollectOptions.trainingJobDays says otherwise. */
export const DEFAULT_TRAINING_JOB_DAYS = 90;

export async function collectSageMaker(ctx: AwsCollectContext): Promise<void> {
  const clients = new ClientCache((region) => createAwsClient(SageMakerClient, ctx.options, region));
  const keys = new KeyDescriber(ctx);
  const scoped = { ...ctx, keys };
  try {
    await Promise.all(
      regionsToScan(ctx.options).map((region) => collectRegion(scoped, clients.get(region), region)),
    );
  } finally {
    clients.destroyAll();
    keys.destroy();
  }
}

async function collectRegion(ctx: SageMakerContext, client: SageMakerClient, region: string): Promise<void> {
  const counts = await Promise.all([
    collectEndpoints(ctx, client, region),
    collectNotebooks(ctx, client, region),
    collectTrainingJobs(ctx, client, region),
    collectDomains(ctx, client, region),
    collectJobs(ctx, client, region, windowStart(ctx)),
    collectModelRegistry(ctx, client, region),
  ]);
  if (counts.some((n) => n > 0)) {
    const [endpoints, notebooks, jobs, domains, others, groups] = counts;
    ctx.options.onProgress?.(
      `aws ${ctx.account} ${region}: sagemaker ${endpoints} endpoints, ${notebooks} notebooks, ${jobs} training jobs, ${domains} domains, ${others} other jobs, monitors, feature groups and inference experiments, ${groups} model package groups`,
    );
  }
}

/** Jobs created after this are read (the training-job window applies to every kind of job). */
function windowStart(ctx: SageMakerContext): Date {
  const days = ctx.options.trainingJobDays ?? DEFAULT_TRAINING_JOB_DAYS;
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000);
}

async function collectEndpoints(ctx: SageMakerContext, client: SageMakerClient, region: string) {
  const endpoints = await listAll<ListEndpointsOutput, EndpointSummary>(
    ctx,
    client,
    region,
    (NextToken) => new ListEndpointsCommand({ MaxResults: SAGEMAKER_PAGE_SIZE, NextToken }),
    (page) => page.Endpoints,
  );
  // Two endpoints often serve the same model: read each model once per region.
  const models = new Map<string, Promise<void>>();
  const readModel = (name: string) => {
    const key = name.toLowerCase();
    let pending = models.get(key);
    if (!pending) {
      pending = collectModel(ctx, client, region, name);
      models.set(key, pending);
    }
    return pending;
  };
  await forEachBounded(endpoints, ctx.options.concurrency, async (summary) => {
    const name = summary.EndpointName;
    if (!name) return;
    const replies: Record<string, unknown> = { ListEndpoints: summary };
    const endpoint = await describe<DescribeEndpointOutput>(
      ctx,
      client,
      new DescribeEndpointCommand({ EndpointName: name }),
      region,
      name,
    );
    if (endpoint) replies.DescribeEndpoint = endpoint;
    const configName = endpoint?.EndpointConfigName;
    if (configName) {
      const config = await describe<DescribeEndpointConfigOutput>(
        ctx,
        client,
        new DescribeEndpointConfigCommand({ EndpointConfigName: configName }),
        region,
        configName,
      );
      if (config) {
        replies.DescribeEndpointConfig = config;
        const served = [...(config.ProductionVariants ?? []), ...(config.ShadowProductionVariants ?? [])];
        await Promise.all(
          [...new Set(served.map((v) => v.ModelName).filter((m): m is string => Boolean(m)))].map(readModel),
        );
      }
    }
    await push(
      ctx,
      region,
      SAGEMAKER_TYPES.endpoint,
      summary.EndpointArn ?? sageMakerArn(ctx, region, "endpoint", name),
      name,
      replies,
    );
  });
  return endpoints.length;
}

async function collectModel(
  ctx: SageMakerContext,
  client: SageMakerClient,
  region: string,
  name: string,
): Promise<void> {
  const model = await describe<DescribeModelOutput>(
    ctx,
    client,
    new DescribeModelCommand({ ModelName: name }),
    region,
    name,
  );
  // A model that could not be read is still an asset: its checks say unknown instead of vanishing.
  await push(
    ctx,
    region,
    SAGEMAKER_TYPES.model,
    model?.ModelArn ?? sageMakerArn(ctx, region, "model", name),
    model?.ModelName ?? name,
    model ? { DescribeModel: model } : {},
  );
}

async function collectNotebooks(ctx: SageMakerContext, client: SageMakerClient, region: string) {
  const notebooks = await listAll<ListNotebookInstancesOutput, NotebookInstanceSummary>(
    ctx,
    client,
    region,
    (NextToken) => new ListNotebookInstancesCommand({ MaxResults: SAGEMAKER_PAGE_SIZE, NextToken }),
    (page) => page.NotebookInstances,
  );
  await forEachBounded(notebooks, ctx.options.concurrency, async (summary) => {
    const name = summary.NotebookInstanceName;
    if (!name) return;
    const replies: Record<string, unknown> = { ListNotebookInstances: summary };
    const notebook = await describe(
      ctx,
      client,
      new DescribeNotebookInstanceCommand({ NotebookInstanceName: name }),
      region,
      name,
    );
    if (notebook) replies.DescribeNotebookInstance = notebook;
    await push(
      ctx,
      region,
      SAGEMAKER_TYPES.notebook,
      summary.NotebookInstanceArn ?? sageMakerArn(ctx, region, "notebook-instance", name),
      name,
      replies,
    );
  });
  return notebooks.length;
}

async function collectTrainingJobs(ctx: SageMakerContext, client: SageMakerClient, region: string) {
  const after = windowStart(ctx);
  const jobs = await listAll<ListTrainingJobsResponse, TrainingJobSummary>(
    ctx,
    client,
    region,
    (NextToken) =>
      new ListTrainingJobsCommand({ MaxResults: SAGEMAKER_PAGE_SIZE, NextToken, CreationTimeAfter: after }),
    (page) => page.TrainingJobSummaries,
  );
  await forEachBounded(jobs, ctx.options.concurrency, async (summary) => {
    const name = summary.TrainingJobName;
    if (!name) return;
    const replies: Record<string, unknown> = { ListTrainingJobs: summary };
    const job = await describe(
      ctx,
      client,
      new DescribeTrainingJobCommand({ TrainingJobName: name }),
      region,
      name,
    );
    if (job) replies.DescribeTrainingJob = job;
    await push(
      ctx,
      region,
      SAGEMAKER_TYPES.trainingJob,
      summary.TrainingJobArn ?? sageMakerArn(ctx, region, "training-job", name),
      name,
      replies,
    );
  });
  return jobs.length;
}

async function collectDomains(ctx: SageMakerContext, client: SageMakerClient, region: string) {
  const domains = await listAll<ListDomainsResponse, DomainDetails>(
    ctx,
    client,
    region,
    (NextToken) => new ListDomainsCommand({ MaxResults: SAGEMAKER_PAGE_SIZE, NextToken }),
    (page) => page.Domains,
  );
  await forEachBounded(domains, ctx.options.concurrency, async (summary) => {
    const id = summary.DomainId;
    if (!id) return;
    // Findings and error entries name the domain by its name; the id stays in the replies.
    const name = summary.DomainName ?? id;
    const replies: Record<string, unknown> = { ListDomains: summary };
    const domain = await describe(ctx, client, new DescribeDomainCommand({ DomainId: id }), region, name);
    if (domain) replies.DescribeDomain = domain;
    await push(
      ctx,
      region,
      SAGEMAKER_TYPES.domain,
      summary.DomainArn ?? sageMakerArn(ctx, region, "domain", id),
      name,
      replies,
    );
  });
  return domains.length;
}
