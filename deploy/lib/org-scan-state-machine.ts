// The scheduled organization-wide scan: a Lambda step lists the (account, region) targets, a Distributed Map
// runs one Lambda invocation per target as its own child workflow, exports every child's result to S3
// (ResultWriter), and a last Lambda step aggregates them. The step contract is providers/aws/accounts/org-scan.ts.
import { Duration } from "aws-cdk-lib";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import * as sfn from "aws-cdk-lib/aws-stepfunctions";
import * as tasks from "aws-cdk-lib/aws-stepfunctions-tasks";
import { Construct } from "constructs";
import { ORG_SCAN } from "../../providers/aws/accounts/org-scan.js";

export interface OrgScanStateMachineProps {
  fn: IFunction;
  results: IBucket;
  /** Children running at once (Lambda invocations in flight); default 10. */
  maxConcurrency?: number;
  /** Prefix of the exported results in the bucket; default "org-scan". */
  resultsPrefix?: string;
}

export class OrgScanStateMachine extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: OrgScanStateMachineProps) {
    super(scope, id);
    // ResultWriterV2 renders only under this feature flag; set here, so the construct does not depend on the app.
    this.node.setContext("@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2", true);
    const invoke = (stateId: string, payload: sfn.TaskInput) =>
      new tasks.LambdaInvoke(this, stateId, {
        lambdaFunction: props.fn,
        payload,
        payloadResponseOnly: true,
        retryOnServiceExceptions: true,
      });

    const listTargets = invoke(
      "ListTargets",
      sfn.TaskInput.fromObject({ aiposture: ORG_SCAN, step: "list-targets" }),
    );

    const scanTarget = invoke(
      "ScanTarget",
      sfn.TaskInput.fromObject({
        aiposture: ORG_SCAN,
        step: "scan-target",
        account: sfn.JsonPath.stringAt("$.account"),
        region: sfn.JsonPath.stringAt("$.region"),
      }),
    );

    const fanOut = new sfn.DistributedMap(this, "ScanEachAccountRegion", {
      comment: "one Lambda invocation per account and region; a failed child never stops the others",
      itemsPath: sfn.JsonPath.stringAt("$.targets"),
      itemSelector: {
        account: sfn.JsonPath.stringAt("$$.Map.Item.Value.account"),
        region: sfn.JsonPath.stringAt("$$.Map.Item.Value.region"),
      },
      maxConcurrency: props.maxConcurrency ?? 10,
      // Every child may fail (an account that cannot be entered still returns a result; a crash is listed).
      toleratedFailurePercentage: 100,
      mapExecutionType: sfn.StateMachineType.STANDARD,
      resultWriterV2: new sfn.ResultWriterV2({
        bucket: props.results,
        prefix: props.resultsPrefix ?? "org-scan",
      }),
      resultSelector: { "results.$": "$.ResultWriterDetails" },
      label: "OrgScan",
    });
    fanOut.itemProcessor(scanTarget, {
      mode: sfn.ProcessorMode.DISTRIBUTED,
      executionType: sfn.ProcessorType.STANDARD,
    });

    const aggregate = invoke(
      "Aggregate",
      sfn.TaskInput.fromObject({
        aiposture: ORG_SCAN,
        step: "aggregate",
        results: sfn.JsonPath.objectAt("$.results"),
      }),
    );

    this.stateMachine = new sfn.StateMachine(this, "StateMachine", {
      comment: "aiposture organization-wide scan: list targets, fan out per account and region, aggregate",
      definitionBody: sfn.DefinitionBody.fromChainable(listTargets.next(fanOut).next(aggregate)),
      stateMachineType: sfn.StateMachineType.STANDARD,
      timeout: Duration.hours(12),
    });
  }
}
