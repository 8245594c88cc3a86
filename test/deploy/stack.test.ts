// The synthesized deployment, asserted with aws-cdk-lib/assertions: the Lambda role is exactly the lists of
// operations (no wildcard action, writes only on the stack's own resources), the organization-wide scan is a
// Distributed Map writing to S3, every routed CloudTrail event has a rule, and the schedules exist.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { AiPostureStack } from "../../deploy/lib/aiposture-stack.js";
import { resolveLambdaCode } from "../../deploy/lib/lambda-code.js";
import { LOG_ACTIONS } from "../../deploy/lib/policy.js";
import { ORG_SCAN_OWN_OPERATIONS } from "../../providers/aws/accounts/org-scan.js";
import { AWS_OPERATIONS } from "../../providers/aws/operations.js";
import { LAMBDA_OWN_OPERATIONS } from "../../runtimes/aws-lambda/operations.js";
import { CLOUDTRAIL_ROUTES } from "../../runtimes/aws-lambda/routes.js";

type Json = Record<string, unknown>;
let template: Template;
let resources: Record<string, Json>;

beforeAll(() => {
  const outdir = mkdtempSync(join(tmpdir(), "aiposture-cdk-"));
  const app = new App({ outdir });
  // An empty bundle directory: the placeholder path, as in CI before the bundle is built.
  const code = resolveLambdaCode(join(outdir, "no-bundle"), outdir);
  const stack = new AiPostureStack(app, "AiPostureTest", {
    code,
    regions: ["us-east-1", "eu-west-1"],
    organizationId: "o-abc123defg",
  });
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Record<string, Json>;
});

const ofType = (type: string) =>
  Object.entries(resources).filter(([, r]) => r.Type === type) as Array<[string, { Properties: Json }]>;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/** Statements of every IAM policy attached to the Lambda's role. */
function handlerStatements(): Array<{
  Sid?: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Json;
}> {
  const [roleId] = Object.entries(resources).find(
    ([, r]) =>
      r.Type === "AWS::IAM::Role" &&
      JSON.stringify((r.Properties as Json).AssumeRolePolicyDocument).includes("lambda.amazonaws.com"),
  )!;
  const role = resources[roleId]!.Properties as Json;
  expect(role.ManagedPolicyArns ?? []).toEqual([]);
  expect(role.Policies ?? []).toEqual([]);
  const attached = ofType("AWS::IAM::Policy").filter(([, p]) =>
    asList(p.Properties.Roles).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })),
  );
  expect(attached).toHaveLength(1);
  return (attached[0]![1].Properties.PolicyDocument as { Statement: never[] }).Statement;
}

/** The state machine definition: Fn::Join of strings and tokens, tokens replaced by a marker. */
function definition(): Json {
  const [[, machine]] = ofType("AWS::StepFunctions::StateMachine") as [[string, { Properties: Json }]];
  const joined = (machine.Properties.DefinitionString as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1];
  return JSON.parse(joined.map((part) => (typeof part === "string" ? part : "TOKEN")).join("")) as Json;
}

describe("the Lambda's role", () => {
  it("grants exactly the scanner's operations plus the Lambda's own, and no wildcard action", () => {
    const granted = handlerStatements().flatMap((s) => asList(s.Action) as string[]);
    const expected = new Set([
      ...AWS_OPERATIONS.map((op) => op.iamAction),
      ...LAMBDA_OWN_OPERATIONS.map((op) => op.iamAction),
      ...ORG_SCAN_OWN_OPERATIONS.map((op) => op.iamAction),
      ...LOG_ACTIONS,
    ]);
    expect(new Set(granted)).toEqual(expected);
    expect(granted.length).toBe(expected.size);
    expect(granted.filter((a) => a.includes("*"))).toEqual([]);
    // Sanity: the list is not trivially empty, and has the organization-wide scan's two calls.
    expect(granted).toEqual(
      expect.arrayContaining(["sts:AssumeRole", "organizations:ListAccounts", "s3:GetBucketPolicy"]),
    );
  });

  it("grants writes and AssumeRole on named resources only; only the scanner's reads are on *", () => {
    const statements = handlerStatements();
    const onStar = statements.filter((s) => JSON.stringify(s.Resource) === '"*"');
    expect(onStar.map((s) => s.Sid)).toEqual(["ScannerReadOnly"]);
    const writes = new Set(LAMBDA_OWN_OPERATIONS.filter((op) => op.write).map((op) => op.iamAction));
    for (const s of onStar)
      for (const action of asList(s.Action)) expect(writes.has(action as string)).toBe(false);
    const assume = statements.find((s) => asList(s.Action).includes("sts:AssumeRole"))!;
    expect(JSON.stringify(assume.Resource)).toContain(":iam::*:role/AiPostureReadOnly");
    expect(assume.Condition).toEqual({ StringEquals: { "aws:ResourceOrgID": "o-abc123defg" } });
    const publish = statements.find((s) => asList(s.Action).includes("sns:Publish"))!;
    expect(publish.Resource).toEqual({ Ref: expect.stringMatching(/^Alerts/) });
    const getObject = statements.find((s) => asList(s.Action).includes("s3:GetObject"))!;
    expect(JSON.stringify(getObject.Resource)).toMatch(/OrgScanResults.*\/\*/);
  });
});

describe("the organization-wide scan", () => {
  it("lists targets, fans out with a Distributed Map writing results to S3, then aggregates", () => {
    const def = definition();
    expect(def.StartAt).toBe("ListTargets");
    const states = def.States as Record<string, Json>;
    const map = Object.values(states).find((s) => s.Type === "Map")!;
    expect(states.ListTargets?.Next).toBe("ScanEachAccountRegion");
    expect(map.Next).toBe("Aggregate");
    expect(map).toMatchObject({
      ItemsPath: "$.targets",
      ToleratedFailurePercentage: 100,
      ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" } },
      ResultWriter: { Parameters: { Bucket: "TOKEN", Prefix: "org-scan" } },
    });
    expect(String((map.ResultWriter as Json).Resource)).toMatch(/states:::s3:putObject$/);
    const child = (map.ItemProcessor as { States: Record<string, Json> }).States.ScanTarget;
    expect(child?.Parameters).toEqual({
      aiposture: "org-scan",
      step: "scan-target",
      "account.$": "$.account",
      "region.$": "$.region",
    });
    expect(states.Aggregate?.Parameters).toEqual({
      aiposture: "org-scan",
      step: "aggregate",
      "results.$": "$.results",
    });
  });

  it("lets the state machine write the results and start its child executions", () => {
    const actions = ofType("AWS::IAM::Policy")
      .filter(([id]) => id.startsWith("OrgScanStateMachine"))
      .flatMap(
        ([, p]) => (p.Properties.PolicyDocument as { Statement: Array<{ Action: unknown }> }).Statement,
      )
      .flatMap((s) => asList(s.Action));
    expect(actions).toEqual(
      expect.arrayContaining(["s3:PutObject", "states:StartExecution", "lambda:InvokeFunction"]),
    );
  });

  it("keeps its results private, encrypted, TLS-only and expiring", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.objectLike({}),
      VersioningConfiguration: { Status: "Enabled" },
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 90 })]) },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      }),
    });
  });
});

describe("events and schedules", () => {
  const patterns = () =>
    ofType("AWS::Events::Rule")
      .map(
        ([, r]) =>
          r.Properties.EventPattern as { source?: string[]; detail?: Json; "detail-type"?: string[] },
      )
      .filter(Boolean);

  it("has a rule for every CloudTrail event the handler routes, and for the events the issue names", () => {
    const issueEvents = [
      ["s3.amazonaws.com", "PutBucketPolicy"],
      ["s3.amazonaws.com", "DeleteBucketPolicy"],
      ["s3.amazonaws.com", "PutBucketAcl"],
      ["s3.amazonaws.com", "PutPublicAccessBlock"],
      ["s3.amazonaws.com", "DeletePublicAccessBlock"],
      ["s3.amazonaws.com", "PutBucketEncryption"],
      ["s3.amazonaws.com", "DeleteBucketEncryption"],
      ["s3.amazonaws.com", "CreateBucket"],
      ["es.amazonaws.com", "CreateDomain"],
      ["es.amazonaws.com", "UpdateDomainConfig"],
      ["sagemaker.amazonaws.com", "CreateEndpoint"],
      ["sagemaker.amazonaws.com", "UpdateEndpoint"],
      ["sagemaker.amazonaws.com", "CreateEndpointConfig"],
      ["sagemaker.amazonaws.com", "CreateNotebookInstance"],
      ["sagemaker.amazonaws.com", "UpdateNotebookInstance"],
      ["bedrock.amazonaws.com", "PutModelInvocationLoggingConfiguration"],
      ["bedrock.amazonaws.com", "DeleteModelInvocationLoggingConfiguration"],
    ];
    const routed = CLOUDTRAIL_ROUTES.map((r) => [r.eventSource, r.eventName]);
    for (const [eventSource, eventName] of [...issueEvents, ...routed]) {
      const matching = patterns().filter(
        (p) =>
          p["detail-type"]?.includes("AWS API Call via CloudTrail") &&
          p.source?.includes(`aws.${eventSource!.split(".")[0]}`) &&
          (p.detail?.eventSource as string[] | undefined)?.includes(eventSource!) &&
          (p.detail?.eventName as string[] | undefined)?.includes(eventName!),
      );
      expect(matching, `${eventSource} ${eventName}`).toHaveLength(1);
    }
  });

  it("keeps every CloudTrail rule's pattern within EventBridge's 2048-character default quota", () => {
    const cloudTrail = patterns().filter((p) => p["detail-type"]?.includes("AWS API Call via CloudTrail"));
    expect(cloudTrail.length).toBeGreaterThan(0);
    for (const pattern of cloudTrail) expect(JSON.stringify(pattern).length).toBeLessThanOrEqual(2048);
  });

  it("has a GuardDuty findings rule, a daily scan of the account and a weekly organization-wide scan", () => {
    expect(patterns()).toContainEqual({ source: ["aws.guardduty"], "detail-type": ["GuardDuty Finding"] });
    template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(1 day)",
      Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [Match.stringLikeRegexp("^Handler"), "Arn"] } })],
    });
    template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "cron(0 3 ? * SUN *)",
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp("^OrgScanStateMachine") } })],
    });
  });
});

describe("the Lambda and its state", () => {
  it("runs the bundle's handler with the names of its topic, table and scope", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Handler: "index.handler",
      Runtime: "nodejs22.x",
      Timeout: 900,
      Environment: {
        Variables: {
          AIPOSTURE_STATE_TABLE: { Ref: Match.stringLikeRegexp("^AlertState") },
          AIPOSTURE_SNS_TOPIC_ARN: { Ref: Match.stringLikeRegexp("^Alerts") },
          AIPOSTURE_REGIONS: "us-east-1,eu-west-1",
          AIPOSTURE_ORG_SCAN_ACCOUNTS: "org",
          AIPOSTURE_ROLE_NAME: "AiPostureReadOnly",
        },
      },
    });
  });

  it("keeps alert state in DynamoDB with the handler's key and TTL, and encrypts the topic", () => {
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      BillingMode: "PAY_PER_REQUEST",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    template.hasResourceProperties("AWS::SNS::Topic", { KmsMasterKeyId: Match.anyValue() });
  });

  it("uses a placeholder that fails loudly when the bundle was not built, and the bundle when it was", () => {
    const outdir = mkdtempSync(join(tmpdir(), "aiposture-code-"));
    const placeholder = resolveLambdaCode(join(outdir, "missing"), outdir);
    expect(placeholder.placeholder).toBe(true);
    expect(readFileSync(join(placeholder.dir, "index.mjs"), "utf8")).toContain("npm run build:lambda");
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("PLACEHOLDER"),
    });
    const real = resolveLambdaCode(placeholder.dir, outdir);
    expect(real).toEqual({ dir: placeholder.dir, placeholder: false });
  });
});
