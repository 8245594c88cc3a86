// Replies that would read as "nothing there" but are not answers: a 200 without what the operation always
// returns (empty body, `{}`, `<Root/>`), and a page token the listing already sent. Each must end as an error
// entry naming the operation (a coverage gap), never as an empty list and never as a loop.
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { startEmulator, type Emulator, type FaultsInput } from "../../../mocks/index.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { collectWith } from "../../support/collect.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function demoInventory(faults: FaultsInput) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, faults });
  const inventory = await collectWith([awsProvider], {
    endpoint: emulator.endpoint,
    concurrency: 8,
    maxAttempts: 2,
  });
  const errors = inventory.errors.map((e) => `${e.service}:${e.operation} ${e.code}`);
  return { inventory, errors, calls: emulator.calls() };
}

describe("a 200 without what the operation always returns is a malformed reply", () => {
  it.each(["empty", "bare"] as const)(
    "ListBuckets with a %s body: MalformedReply naming Buckets, not an account without buckets",
    async (body) => {
      const { inventory, errors } = await demoInventory({
        malformed: [{ service: "s3", operation: "ListBuckets", body }],
      });
      expect(errors).toEqual(["s3:ListBuckets MalformedReply"]);
      expect(inventory.errors[0]?.message).toMatch(/ListBuckets replied without Buckets/);
      expect(inventory.records.filter((r) => r.resourceType === "aws.s3.bucket")).toEqual([]);
    },
  );

  it("SageMaker ListEndpoints answering {}: MalformedReply naming Endpoints, for each region", async () => {
    const { inventory, errors } = await demoInventory({
      malformed: [{ service: "sagemaker", operation: "ListEndpoints", body: "bare" }],
    });
    expect(new Set(errors)).toEqual(new Set(["sagemaker:ListEndpoints MalformedReply"]));
    expect(inventory.errors[0]?.message).toMatch(/ListEndpoints replied without Endpoints/);
  });

  it("OpenSearch DescribeDomains with an empty body: MalformedReply naming DomainStatusList", async () => {
    const { inventory, errors } = await demoInventory({
      malformed: [{ service: "opensearch", operation: "DescribeDomains", body: "empty" }],
    });
    expect(new Set(errors)).toEqual(new Set(["opensearch:DescribeDomains MalformedReply"]));
    expect(inventory.errors[0]?.message).toMatch(/DescribeDomains replied without DomainStatusList/);
  });
});

describe("a page token the listing already sent ends the listing with an error", () => {
  it("S3 ListBuckets repeating its ContinuationToken: RepeatedPageToken after a few requests, not a loop", async () => {
    const { errors, calls } = await demoInventory({
      pageSize: 2,
      repeatToken: [{ service: "s3", operation: "ListBuckets" }],
    });
    expect(errors).toContain("s3:ListBuckets RepeatedPageToken");
    // Page 1 gives token A, page 2 is asked with A and answers A again: the reader stops there.
    expect(calls["s3:ListBuckets"]).toBe(2);
  });

  it("SageMaker ListEndpoints repeating its NextToken: RepeatedPageToken, not a loop", async () => {
    const { errors, calls } = await demoInventory({
      pageSize: 1,
      repeatToken: [{ service: "sagemaker", operation: "ListEndpoints" }],
    });
    const stopped = errors.filter((e) => e === "sagemaker:ListEndpoints RepeatedPageToken").length;
    expect(stopped).toBeGreaterThan(0);
    // At most two requests per region listed (page 1, then the repeated token once), and the scan ends.
    expect(calls["sagemaker:ListEndpoints"]).toBeLessThanOrEqual(2 * 17);
  });
});
