// The CDK app: `npm run cdk:synth` (this file through tsx; the aws-cdk CLI is not needed, and synthesis is
// offline). Writes the CloudFormation templates to deploy/cdk.out. Options come from CDK context
// (deploy/cdk.json, or -c key=value with the CDK CLI) — see docs/deploy.md.
import { App } from "aws-cdk-lib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AiPostureStack } from "../lib/aiposture-stack.js";
import { REPO_ROOT, resolveLambdaCode } from "../lib/lambda-code.js";
import { AiPostureMemberRoleStack } from "../lib/member-role-stack.js";

const outdir = join(REPO_ROOT, "deploy", "cdk.out");
// The CDK CLI passes cdk.json's context itself (and it wins); run through tsx, read it here.
const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, "deploy", "cdk.json"), "utf8")) as {
  context?: Record<string, unknown>;
};
const app = new App({ outdir, context: cdkJson.context ?? {} });
const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};
const list = (key: string) =>
  context(key)
    ?.split(",")
    .map((v) => v.trim())
    .filter(Boolean);

const code = resolveLambdaCode(undefined, outdir);
const roleName = context("aiposture:memberRoleName");
const externalId = context("aiposture:externalId");
const accounts = list("aiposture:orgScanAccounts");
new AiPostureStack(app, "AiPosture", {
  code,
  ...(list("aiposture:regions") ? { regions: list("aiposture:regions") } : {}),
  ...(roleName ? { memberRoleName: roleName } : {}),
  ...(externalId ? { externalId } : {}),
  ...(accounts && accounts.join() !== "org" ? { orgScanAccounts: accounts } : {}),
  ...(context("aiposture:organizationId") ? { organizationId: context("aiposture:organizationId") } : {}),
});
new AiPostureMemberRoleStack(app, "AiPostureMemberRole", {
  ...(roleName ? { roleName } : {}),
  ...(externalId ? { externalId } : {}),
});

const assembly = app.synth();
for (const stack of assembly.stacks)
  console.log(`${stack.stackName}: ${join(assembly.directory, stack.templateFile)}`);
if (code.placeholder)
  console.warn(
    "warning: dist/lambda/index.mjs not found; the Lambda uses a placeholder (run npm run build:lambda)",
  );
