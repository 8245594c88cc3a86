// The deployment: the Lambda (scripts/build-lambda.ts bundle), EventBridge rules for the CloudTrail changes
// and GuardDuty findings it handles, a daily scan of this account, the SNS alert topic, the DynamoDB alert
// state, a least-privilege role generated from the lists of operations, and the organization-wide scan
// (Step Functions Distributed Map, results in S3). docs/deploy.md explains every part.
import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as sns from "aws-cdk-lib/aws-sns";
import type { Construct } from "constructs";
import { DEFAULT_ROLE_NAME } from "../../providers/aws/accounts/options.js";
import { ORG_SCAN_ENV } from "../../providers/aws/accounts/org-scan.js";
import { ENV } from "../../runtimes/aws-lambda/config.js";
import type { Severity } from "../../src/model/severity.js";
import { cloudTrailRules, GUARDDUTY_PATTERN } from "./event-rules.js";
import { LAMBDA_HANDLER, type LambdaCode } from "./lambda-code.js";
import { OrgScanStateMachine } from "./org-scan-state-machine.js";
import { lambdaPolicyStatements } from "./policy.js";

export interface AiPostureStackProps extends StackProps {
  /** The Lambda bundle directory (or the placeholder): see lambda-code.ts. */
  code: LambdaCode;
  /** Regions of the scheduled scans; default: the collectors' default regions. */
  regions?: string[];
  /** Role the organization-wide scan assumes in each member account; default AiPostureReadOnly. */
  memberRoleName?: string;
  /** sts:ExternalId the member roles require, if any. */
  externalId?: string;
  /** "org" (every ACTIVE account; this account must be the management or a delegated admin) or account ids. */
  orgScanAccounts?: "org" | string[];
  /** Restrict AssumeRole to roles in this organization (aws:ResourceOrgID), e.g. o-abc123defg. */
  organizationId?: string;
  /** Failures below this severity are not alerted. */
  alertMinSeverity?: Severity;
  /** Full scan of this account; default every day. */
  scanSchedule?: events.Schedule;
  /** Organization-wide scan; default Sundays 03:00 UTC. */
  orgScanSchedule?: events.Schedule;
  /** Distributed Map children at once; default 10. */
  orgScanConcurrency?: number;
}

export class AiPostureStack extends Stack {
  readonly fn: lambda.Function;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: AiPostureStackProps) {
    super(scope, id, props);
    const roleName = props.memberRoleName ?? DEFAULT_ROLE_NAME;

    const topic = new sns.Topic(this, "Alerts", {
      displayName: "aiposture alerts",
      // The AWS managed key: encrypted at rest with no key policy to maintain.
      masterKey: kms.Alias.fromAliasName(this, "SnsManagedKey", "alias/aws/sns"),
      enforceSSL: true,
    });

    const table = new dynamodb.Table(this, "AlertState", {
      partitionKey: { name: "pk", type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: "expiresAt",
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const results = new s3.Bucket(this, "OrgScanResults", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [{ expiration: Duration.days(90), noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const logGroup = new logs.LogGroup(this, "HandlerLogs", {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.role = new iam.Role(this, "HandlerRole", {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
      description: "aiposture: read-only scan, its own alert topic/state/results, its own logs",
    });
    const statements = lambdaPolicyStatements({
      memberRoleArns: [`arn:${Aws.PARTITION}:iam::*:role/${roleName.replace(/^\/+/, "")}`],
      topicArn: topic.topicArn,
      tableArn: table.tableArn,
      resultsObjectsArn: results.arnForObjects("*"),
      logGroupArn: logGroup.logGroupArn,
      ...(props.organizationId ? { organizationId: props.organizationId } : {}),
    });
    // One managed policy the role owns, not grant helpers, which add actions beyond the lists.
    new iam.Policy(this, "HandlerPolicy", { statements, roles: [this.role] });

    const orgScope = props.orgScanAccounts ?? "org";
    this.fn = new lambda.Function(this, "Handler", {
      description: props.code.placeholder
        ? "aiposture (PLACEHOLDER code: run npm run build:lambda, then synthesize again)"
        : "aiposture: alerts on CloudTrail changes and GuardDuty findings, scheduled and organization-wide scans",
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      handler: LAMBDA_HANDLER,
      code: lambda.Code.fromAsset(props.code.dir),
      role: this.role,
      logGroup,
      memorySize: 1024,
      timeout: Duration.minutes(15),
      environment: {
        [ENV.stateTable]: table.tableName,
        [ENV.topicArn]: topic.topicArn,
        ...(props.regions?.length ? { [ENV.regions]: props.regions.join(",") } : {}),
        ...(props.alertMinSeverity ? { [ENV.minSeverity]: props.alertMinSeverity } : {}),
        [ORG_SCAN_ENV.accounts]: orgScope === "org" ? "org" : orgScope.join(","),
        [ORG_SCAN_ENV.roleName]: roleName,
        ...(props.externalId ? { [ORG_SCAN_ENV.externalId]: props.externalId } : {}),
      },
    });
    // The function must not start before its permissions exist.
    this.fn.node.addDependency(this.role);

    // Event deliveries are retried by EventBridge; a duplicate is deduplicated by the handler's state.
    const target = () =>
      new targets.LambdaFunction(this.fn, { retryAttempts: 4, maxEventAge: Duration.hours(6) });
    for (const rule of cloudTrailRules())
      new events.Rule(this, `CloudTrail${rule.id}`, {
        description: `aiposture: ${rule.eventSource} ${rule.eventNames.join(", ")}`.slice(0, 512),
        eventPattern: rule.pattern,
        targets: [target()],
      });
    new events.Rule(this, "GuardDutyFindings", {
      description: "aiposture: GuardDuty findings, joined to the resource's posture",
      eventPattern: GUARDDUTY_PATTERN,
      targets: [target()],
    });
    new events.Rule(this, "ScheduledScan", {
      description: "aiposture: full scan of this account",
      schedule: props.scanSchedule ?? events.Schedule.rate(Duration.days(1)),
      targets: [target()],
    });

    const orgScan = new OrgScanStateMachine(this, "OrgScan", {
      fn: this.fn,
      results,
      ...(props.orgScanConcurrency ? { maxConcurrency: props.orgScanConcurrency } : {}),
    });
    new events.Rule(this, "ScheduledOrgScan", {
      description: "aiposture: organization-wide scan, one Lambda invocation per account and region",
      schedule: props.orgScanSchedule ?? events.Schedule.cron({ weekDay: "SUN", hour: "3", minute: "0" }),
      targets: [new targets.SfnStateMachine(orgScan.stateMachine)],
    });

    new CfnOutput(this, "AlertTopicArn", { value: topic.topicArn });
    new CfnOutput(this, "AlertStateTable", { value: table.tableName });
    new CfnOutput(this, "OrgScanStateMachineArn", { value: orgScan.stateMachine.stateMachineArn });
    new CfnOutput(this, "OrgScanResultsBucket", { value: results.bucketName });
    new CfnOutput(this, "HandlerRoleArn", { value: this.role.roleArn });
  }
}
