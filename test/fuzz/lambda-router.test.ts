// Property: the Lambda handler answers every input — EventBridge-shaped or not, CloudTrail, GuardDuty or
// scheduled, with fields of any type — with a result (processed or ignored with a reason), never an exception,
// and in bounded time. The cloud is out of the loop: re-collection yields nothing, so this is the router,
// the GuardDuty translation, the merge and the alert formatting on hostile fields.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../checks/index.js";
import { awsProvider } from "../../providers/aws/index.js";
import { DETAIL_TYPES } from "../../runtimes/aws-lambda/events.js";
import { handleEvent, type LambdaDeps } from "../../runtimes/aws-lambda/handle.js";
import { CLOUDTRAIL_ROUTES } from "../../runtimes/aws-lambda/routes.js";
import type { AlertStateStore } from "../../runtimes/aws-lambda/state.js";
import { assess } from "../../src/engine/scan.js";
import { emptyInventory } from "../../src/model/inventory.js";
import { budget, CaseClock } from "./budget.js";

const leaf = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(
    "__proto__",
    "us-east-1",
    "cn-north-1",
    "111122223333",
    "arn:aws:s3:::b",
    "\u001b]8;;x\u0007",
  ),
);
const tree = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constant("__proto__")), tie("value"), {
      maxKeys: 3,
    }),
  ),
})).value;
/** Mostly the right shape (so cases get past the envelope), sometimes anything. */
const either = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: leaf, weight: 1 }, { arbitrary: tree, weight: 1 });

const cloudTrail = fc.record(
  {
    eventSource: either(fc.constantFrom(...CLOUDTRAIL_ROUTES.map((r) => r.eventSource))),
    eventName: either(fc.constantFrom(...CLOUDTRAIL_ROUTES.map((r) => r.eventName))),
    awsRegion: either(fc.constantFrom("us-east-1", "cn-north-1")),
    recipientAccountId: either(fc.constant("111122223333")),
    errorCode: fc.oneof(fc.constant(undefined), leaf),
    requestParameters: either(
      fc.record(
        { bucketName: leaf, domainName: leaf, name: leaf, endpointName: leaf, id: leaf, ids: tree },
        { requiredKeys: [] },
      ),
    ),
    responseElements: tree,
    userIdentity: either(fc.record({ arn: leaf }, { requiredKeys: [] })),
    sourceIPAddress: leaf,
    eventTime: leaf,
  },
  { requiredKeys: ["eventSource", "eventName", "requestParameters"] },
);

const guardDuty = fc.record(
  {
    id: either(fc.uuid()),
    type: either(
      fc.constantFrom("Policy:S3/BucketBlockPublicAccessDisabled", "Exfiltration:S3/AnomalousBehavior"),
    ),
    accountId: either(fc.constant("111122223333")),
    region: either(fc.constant("us-east-1")),
    title: leaf,
    description: leaf,
    severity: either(fc.double({ min: 0, max: 10 })),
    resource: either(
      fc.record(
        {
          resourceType: either(fc.constant("S3Bucket")),
          s3BucketDetails: either(
            fc.array(either(fc.record({ arn: leaf, name: leaf }, { requiredKeys: [] })), { maxLength: 3 }),
          ),
        },
        { requiredKeys: ["resourceType", "s3BucketDetails"] },
      ),
    ),
    service: either(
      fc.record(
        { archived: leaf, count: leaf, eventFirstSeen: leaf, eventLastSeen: leaf },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ["id", "type", "resource"] },
);

const event = fc.oneof(
  { arbitrary: tree, weight: 1 },
  {
    arbitrary: fc.record(
      {
        version: leaf,
        id: either(fc.uuid()),
        "detail-type": either(fc.constantFrom(...Object.values(DETAIL_TYPES))),
        source: either(fc.constantFrom("aws.s3", "aws.guardduty", "aws.events", "aws.scheduler", "aws.es")),
        account: either(fc.constant("111122223333")),
        time: leaf,
        region: either(fc.constant("us-east-1")),
        resources: either(fc.array(leaf, { maxLength: 2 })),
        detail: fc.oneof(cloudTrail, guardDuty, tree),
      },
      { requiredKeys: ["id", "detail-type", "source", "account", "region", "detail"] },
    ),
    weight: 9,
  },
);

/** Accepts every claim, remembers nothing: each case starts clean. */
const state: AlertStateStore = {
  load: async () => new Map(),
  claim: async () => true,
  confirm: async () => undefined,
  release: async () => undefined,
  eventHandled: async () => false,
  markEventHandled: async () => undefined,
};

const deps: LambdaDeps = {
  config: {
    homeRegion: "us-east-1",
    stateTable: "t",
    topicArn: "arn:aws:sns:us-east-1:111122223333:alerts",
    minSeverity: "info",
    concurrency: 1,
    maxAttempts: 1,
    sinkMaxAttempts: 1,
    webhookTimeoutMs: 1000,
    sinkDeadlineMs: 1000,
    eventTtlDays: 1,
    claimLeaseSeconds: 60,
  },
  version: "fuzz",
  recollect: async () => ({ inventory: emptyInventory(), modes: {} }),
  scanAll: async () => emptyInventory(),
  evaluate: (inventory, startedAt) => assess(inventory, [awsProvider], ALL_CHECKS, startedAt, "fuzz"),
  state,
  // The notification is rendered in full, as a sink would.
  sinks: [
    { name: "probe", send: async (n) => (JSON.stringify(n), { sink: "probe", ok: true, attempts: 1 }) },
  ],
  log: (entry) => void JSON.stringify(entry),
};

describe("Lambda event router", () => {
  const clock = new CaseClock("lambda router");

  it("a GuardDuty finding whose bucket list is not a list is ignored with a reason", async () => {
    const result = await handleEvent(
      {
        id: "e1",
        "detail-type": DETAIL_TYPES.guardDuty,
        source: "aws.guardduty",
        account: "111122223333",
        region: "us-east-1",
        detail: {
          id: "f",
          type: "Exfiltration:S3/X",
          resource: { resourceType: "S3Bucket", s3BucketDetails: { name: "b" } },
        },
      },
      deps,
    );
    expect(result.status).toBe("ignored");
    expect(result.reason).toMatch(/s3BucketDetails/);
  });

  it("every generated event ends in a result, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(event, async (input) => {
        const result = await clock.runAsync(() => handleEvent(input, deps));
        expect(["processed", "ignored", "duplicate"]).toContain(result.status);
      }),
      budget(150),
    );
  });
});
