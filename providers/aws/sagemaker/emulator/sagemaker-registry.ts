// SageMaker Model Registry operations: ListModelPackageGroups, GetModelPackageGroupPolicy, ListModelPackages and
// DescribeModelPackage. As the service answers: a group without a resource policy is a ValidationException "Cannot
// find resource policy for: <group ARN>", a missing group one "Cannot find Model Package Group: <name>"
// (GetModelPackageGroupPolicy lists no error of its own in the API Reference; these are the messages AWS's
// CloudFormation handler for AWS::SageMaker::ModelPackageGroup matches); a versioned package is named by its ARN,
// .../model-package/<group>/<version>.
import type { EmuResponse, HandlerContext } from "../../../../mocks/types.js";
import type { ModelPackage, ModelPackageGroup } from "./estate-registry.js";
import { findBy } from "../../../../mocks/estate/index-by.js";
import { listPage } from "./sagemaker-paging.js";
import { epochTimes, inRegion, sageMakerArn, sageMakerState } from "./sagemaker-views.js";

type Answer = { ok: (body: unknown) => EmuResponse; validation: (message: string) => EmuResponse };
type Handler = (body: Record<string, unknown>, ctx: HandlerContext, answer: Answer) => EmuResponse;

const DEFAULT_CREATED = Date.parse("2025-06-01T00:00:00Z") / 1000;

const seconds = (value: string | number | undefined) =>
  value === undefined ? DEFAULT_CREATED : typeof value === "number" ? value : Date.parse(value) / 1000;

const groupsIn = (ctx: HandlerContext) =>
  inRegion(sageMakerState(ctx).modelPackageGroups, (g) => g.ModelPackageGroupArn, ctx);

function findGroup(ctx: HandlerContext, name: string): ModelPackageGroup | undefined {
  const wanted = name.includes(":model-package-group/") ? name.split("/").pop()! : name;
  return findBy(groupsIn(ctx), "name", (g) => g.ModelPackageGroupName.toLowerCase(), wanted.toLowerCase());
}

/** Every version of the region's groups, flattened once per region list, so DescribeModelPackage is by index. */
const flattened = new WeakMap<
  readonly ModelPackageGroup[],
  Array<{ group: ModelPackageGroup; p: ModelPackage }>
>();

function findPackage(ctx: HandlerContext, arn: string) {
  const groups = groupsIn(ctx);
  let all = flattened.get(groups);
  if (!all) {
    all = groups.flatMap((group) => group.ModelPackages.map((p) => ({ group, p })));
    flattened.set(groups, all);
  }
  return findBy(all, "arn", ({ group, p }) => packageArn(group, p, ctx).toLowerCase(), arn.toLowerCase());
}

const groupArn = (g: ModelPackageGroup, ctx: HandlerContext) =>
  g.ModelPackageGroupArn ?? sageMakerArn(ctx, "model-package-group", g.ModelPackageGroupName);

const packageArn = (g: ModelPackageGroup, p: ModelPackage, ctx: HandlerContext) =>
  p.ModelPackageArn ??
  `${sageMakerArn(ctx, "model-package", g.ModelPackageGroupName)}/${p.ModelPackageVersion}`;

function packageSummary(g: ModelPackageGroup, p: ModelPackage, ctx: HandlerContext) {
  return epochTimes({
    ModelPackageName: g.ModelPackageGroupName,
    ModelPackageGroupName: g.ModelPackageGroupName,
    ModelPackageVersion: p.ModelPackageVersion,
    ModelPackageArn: packageArn(g, p, ctx),
    ModelPackageDescription: p.ModelPackageDescription,
    CreationTime: seconds(p.CreationTime),
    ModelPackageStatus: p.ModelPackageStatus,
    ModelApprovalStatus: p.ModelApprovalStatus,
  });
}

function required(body: Record<string, unknown>, member: string, answer: Answer): string | EmuResponse {
  const value = body[member];
  if (typeof value === "string" && value !== "") return value;
  const field = member.charAt(0).toLowerCase() + member.slice(1);
  return answer.validation(
    `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
  );
}

export const REGISTRY_HANDLERS: Record<string, Handler> = {
  ListModelPackageGroups: (body, ctx, answer) => {
    const groups = groupsIn(ctx).map((g) => ({
      name: g.ModelPackageGroupName,
      status: g.ModelPackageGroupStatus,
      created: seconds(g.CreationTime),
      modified: seconds(g.CreationTime),
      g,
    }));
    const page = listPage("ListModelPackageGroups", groups, body, listDefaults, ctx);
    if ("error" in page) return answer.validation(page.error);
    return answer.ok({
      ModelPackageGroupSummaryList: page.items.map(({ g }) =>
        epochTimes({
          ModelPackageGroupName: g.ModelPackageGroupName,
          ModelPackageGroupArn: groupArn(g, ctx),
          ModelPackageGroupDescription: g.ModelPackageGroupDescription,
          CreationTime: seconds(g.CreationTime),
          ModelPackageGroupStatus: g.ModelPackageGroupStatus,
        }),
      ),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    });
  },
  GetModelPackageGroupPolicy: (body, ctx, answer) => {
    const name = required(body, "ModelPackageGroupName", answer);
    if (typeof name !== "string") return name;
    const group = findGroup(ctx, name);
    if (!group) return answer.validation(`Cannot find Model Package Group: ${name}`);
    const policy = group.ResourcePolicy;
    if (policy === undefined)
      return answer.validation(`Cannot find resource policy for: ${groupArn(group, ctx)}`);
    return answer.ok({ ResourcePolicy: typeof policy === "string" ? policy : JSON.stringify(policy) });
  },
  ListModelPackages: (body, ctx, answer) => {
    const name = required(body, "ModelPackageGroupName", answer);
    if (typeof name !== "string") return name;
    const group = findGroup(ctx, name);
    if (!group) return answer.validation(`ModelPackageGroup ${name} does not exist.`);
    const approval = body.ModelApprovalStatus;
    const packages = group.ModelPackages.filter(
      (p) => typeof approval !== "string" || p.ModelApprovalStatus === approval,
    ).map((p) => ({
      name: `${group.ModelPackageGroupName}/${String(p.ModelPackageVersion).padStart(10, "0")}`,
      status: p.ModelPackageStatus,
      created: seconds(p.CreationTime),
      modified: seconds(p.LastModifiedTime ?? p.CreationTime),
      p,
    }));
    // The token is scoped to the group: a token from another group's listing is refused.
    const page = listPage(
      `ListModelPackages:${group.ModelPackageGroupName}`,
      packages,
      body,
      listDefaults,
      ctx,
    );
    if ("error" in page) return answer.validation(page.error);
    return answer.ok({
      ModelPackageSummaryList: page.items.map(({ p }) => packageSummary(group, p, ctx)),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    });
  },
  DescribeModelPackage: (body, ctx, answer) => {
    const name = required(body, "ModelPackageName", answer);
    if (typeof name !== "string") return name;
    const found = findPackage(ctx, name);
    if (found) {
      const { group, p } = found;
      const { ModelPackageVersion: _version, ...rest } = p;
      return answer.ok(
        epochTimes({
          ...rest,
          ...(packageSummary(group, p, ctx) as Record<string, unknown>),
          LastModifiedTime: seconds(p.LastModifiedTime ?? p.CreationTime),
        }),
      );
    }
    return answer.validation(`ModelPackage ${name} does not exist.`);
  },
};

const listDefaults = { sortBy: "CreationTime", sortOrder: "Descending", pageSize: 10 } as const;
