// Amazon SageMaker (awsJson1_1, POST / with X-Amz-Target SageMaker.<Operation>, signing name "sagemaker"):
// endpoints, endpoint configurations, models, notebook instances, training jobs and Studio domains, per region.
// Errors follow the SageMaker API Reference: a missing endpoint / endpoint configuration / model is a
// ValidationException "Could not find …", a missing notebook instance a ValidationException "RecordNotFound", a
// missing training job or domain a ResourceNotFound; throttling is ThrottlingException and denial
// AccessDeniedException, both HTTP 400 as awsJson services send them ("Common Errors").
import { jsonError, jsonOk, jsonTarget, parseJsonBody } from "../../../../mocks/protocols/json.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { listPage, type ListDefaults, type Listable } from "./sagemaker-paging.js";
import { byName, inRegionOf, listable, RESOURCE_TABLES, summary, view } from "./sagemaker-resources.js";
import {
  domainSummary,
  domainView,
  endpointConfigView,
  endpointListable,
  endpointSummary,
  endpointView,
  findConfig,
  inRegion,
  modelView,
  notebookListable,
  notebookSummary,
  notebookView,
  sageMakerArn,
  sageMakerState,
  trainingJobListable,
  trainingJobSummary,
  trainingJobView,
} from "./sagemaker-views.js";
import { findBy } from "../../../../mocks/estate/index-by.js";
import { REGISTRY_HANDLERS } from "./sagemaker-registry.js";

const TARGET_PREFIX = "SageMaker";
const READ_VERBS = /^(Describe|List|Get|Search|BatchDescribe|BatchGet|Query)/;
/** Request members that name the resource an operation concerns (what fault rules match). */
const RESOURCE_MEMBERS = [
  ...RESOURCE_TABLES.map((t) => t.member),
  "EndpointName",
  "EndpointConfigName",
  "ModelName",
  "NotebookInstanceName",
  "TrainingJobName",
  "DomainId",
  "ModelPackageGroupName",
  "ModelPackageName",
];

const error = (status: number, code: string, message: string) => jsonError(status, code, message, "1.1");
const ok = (body: unknown) => jsonOk(body, "1.1");
const validation = (message: string) => error(400, "ValidationException", message);

const errors: ServiceErrors = {
  error,
  throttling: { status: 400, code: "ThrottlingException", message: "Rate exceeded" },
  accessDenied: {
    status: 400,
    code: "AccessDeniedException",
    message: "User is not authorized to perform this action",
  },
  missingAuth: {
    status: 400,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: { status: 400, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "UnknownOperationException", message: "" },
};

function params(req: EmuRequest): Record<string, unknown> | undefined {
  try {
    const body = parseJsonBody(req);
    return body && typeof body === "object" && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function operation(req: EmuRequest): Operation | undefined {
  const target = jsonTarget(req);
  if (!target || target.prefix !== TARGET_PREFIX || !target.operation) return undefined;
  const body = params(req) ?? {};
  const member = RESOURCE_MEMBERS.find((m) => typeof body[m] === "string");
  return {
    name: target.operation,
    resource: member ? (body[member] as string) : "",
    write: !READ_VERBS.test(target.operation),
  };
}

type Handler = (body: Record<string, unknown>, ctx: HandlerContext) => EmuResponse;

const HANDLERS: Record<string, Handler> = {
  ListEndpoints: (body, ctx) =>
    list(
      "ListEndpoints",
      "Endpoints",
      inRegion(sageMakerState(ctx).endpoints, (e) => e.EndpointArn, ctx),
      body,
      ctx,
      {
        listable: endpointListable,
        summary: endpointSummary,
        defaults: { sortBy: "CreationTime", sortOrder: "Descending", pageSize: 10 },
      },
    ),
  DescribeEndpoint: (body, ctx) =>
    describe(body, "EndpointName", ctx, (name) => {
      const endpoint = findBy(
        inRegion(sageMakerState(ctx).endpoints, (e) => e.EndpointArn, ctx),
        "name",
        (e) => e.EndpointName.toLowerCase(),
        name.toLowerCase(),
      );
      return endpoint
        ? ok(endpointView(endpoint, ctx))
        : validation(`Could not find endpoint "${sageMakerArn(ctx, "endpoint", name)}".`);
    }),
  DescribeEndpointConfig: (body, ctx) =>
    describe(body, "EndpointConfigName", ctx, (name) => {
      const config = findConfig(ctx, name);
      return config
        ? ok(endpointConfigView(config, ctx))
        : validation(
            `Could not find endpoint configuration "${sageMakerArn(ctx, "endpoint-config", name)}".`,
          );
    }),
  DescribeModel: (body, ctx) =>
    describe(body, "ModelName", ctx, (name) => {
      const model = findBy(
        inRegion(sageMakerState(ctx).models, (m) => m.ModelArn, ctx),
        "name",
        (m) => m.ModelName.toLowerCase(),
        name.toLowerCase(),
      );
      return model
        ? ok(modelView(model, ctx))
        : validation(`Could not find model "${sageMakerArn(ctx, "model", name)}".`);
    }),
  ListNotebookInstances: (body, ctx) =>
    list(
      "ListNotebookInstances",
      "NotebookInstances",
      inRegion(sageMakerState(ctx).notebookInstances, (n) => n.NotebookInstanceArn, ctx),
      body,
      ctx,
      {
        listable: notebookListable,
        summary: notebookSummary,
        defaults: { sortBy: "Name", sortOrder: "Ascending", pageSize: 10 },
      },
    ),
  DescribeNotebookInstance: (body, ctx) =>
    describe(body, "NotebookInstanceName", ctx, (name) => {
      const notebook = findBy(
        inRegion(sageMakerState(ctx).notebookInstances, (n) => n.NotebookInstanceArn, ctx),
        "name",
        (n) => n.NotebookInstanceName.toLowerCase(),
        name.toLowerCase(),
      );
      return notebook ? ok(notebookView(notebook, ctx)) : validation("RecordNotFound");
    }),
  ListTrainingJobs: (body, ctx) =>
    list(
      "ListTrainingJobs",
      "TrainingJobSummaries",
      inRegion(sageMakerState(ctx).trainingJobs, (j) => j.TrainingJobArn, ctx),
      body,
      ctx,
      {
        listable: trainingJobListable,
        summary: trainingJobSummary,
        defaults: { sortBy: "CreationTime", sortOrder: "Ascending", pageSize: 10 },
      },
    ),
  DescribeTrainingJob: (body, ctx) =>
    describe(body, "TrainingJobName", ctx, (name) => {
      const job = findBy(
        inRegion(sageMakerState(ctx).trainingJobs, (j) => j.TrainingJobArn, ctx),
        "name",
        (j) => j.TrainingJobName,
        name,
      );
      return job
        ? ok(trainingJobView(job, ctx))
        : error(400, "ResourceNotFound", "Requested resource not found.");
    }),
  ListDomains: (body, ctx) => {
    const domains = inRegion(sageMakerState(ctx).domains, (d) => d.DomainArn, ctx);
    // ListDomains has no sorting or filters: estate order, paged.
    return list(
      "ListDomains",
      "Domains",
      domains,
      { MaxResults: body.MaxResults, NextToken: body.NextToken },
      ctx,
      {
        listable: (d) => ({ name: d.DomainName, status: d.Status, created: 0, modified: 0 }),
        summary: domainSummary,
        defaults: { sortBy: "CreationTime", sortOrder: "Ascending", pageSize: 10 },
      },
    );
  },
  DescribeDomain: (body, ctx) =>
    describe(body, "DomainId", ctx, (id) => {
      const domain = findBy(
        inRegion(sageMakerState(ctx).domains, (d) => d.DomainArn, ctx),
        "id",
        (d) => d.DomainId,
        id,
      );
      return domain
        ? ok(domainView(domain, ctx))
        : error(400, "ResourceNotFound", "Requested resource not found.");
    }),
};

// The listing and Describe handlers of each table in sagemaker-resources.ts.
function tableHandlers(): Record<string, Handler> {
  const out: Record<string, Handler> = {};
  for (const table of RESOURCE_TABLES) {
    out[table.listOp] = (body, ctx) =>
      list(table.listOp, table.listField, inRegionOf(table, ctx), body, ctx, {
        listable: (entry) => listable(table, entry),
        summary: (entry) => summary(table, entry, ctx),
        defaults: { ...table.sort, pageSize: 10 },
      });
    out[table.describeOp] = (body, ctx) =>
      describe(body, table.member, ctx, (name) => {
        const entry = byName(table, ctx, name);
        return entry
          ? ok(view(table, entry, ctx))
          : error(400, "ResourceNotFound", `Resource ${name} not found.`);
      });
  }
  return out;
}
Object.assign(HANDLERS, tableHandlers());
for (const [name, handler] of Object.entries(REGISTRY_HANDLERS))
  HANDLERS[name] = (body, ctx) => handler(body, ctx, { ok, validation });

function describe(
  body: Record<string, unknown>,
  member: string,
  ctx: HandlerContext,
  answer: (name: string) => EmuResponse,
): EmuResponse {
  const value = body[member];
  if (typeof value !== "string" || value === "") {
    const field = member.charAt(0).toLowerCase() + member.slice(1);
    return validation(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return answer(value);
}

function list<T>(
  operationName: string,
  field: string,
  entries: readonly T[],
  body: Record<string, unknown>,
  ctx: HandlerContext,
  how: {
    listable: (entry: T) => Listable;
    summary: (entry: T, ctx: HandlerContext) => unknown;
    defaults: ListDefaults;
  },
): EmuResponse {
  const wrapped = entries.map((entry) => ({ ...how.listable(entry), entry }));
  const result = listPage(operationName, wrapped, body, how.defaults, ctx);
  if ("error" in result) return validation(result.error);
  return ok({
    [field]: result.items.map((item) => how.summary(item.entry, ctx)),
    ...(result.nextToken ? { NextToken: result.nextToken } : {}),
  });
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const body = params(req);
  if (!body)
    return error(400, "SerializationException", "Start of structure or map found where not expected.");
  const handler = HANDLERS[op.name];
  if (!handler) return error(501, "NotImplemented", `The emulator does not implement SageMaker.${op.name}`);
  return handler(body, ctx);
}

export const sagemaker: ServiceEmulator = {
  name: "sagemaker",
  matches: (req) => (req.auth ? req.auth.service === "sagemaker" : jsonTarget(req)?.prefix === TARGET_PREFIX),
  operation,
  errors,
  handle,
};
