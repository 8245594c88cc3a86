// Macie through the official SDK client against the emulated cloud: on (with automated discovery and scores, page
// size 1), off ("Macie is not enabled" is an answer, not a gap), denied and malformed (gaps, never a pass), a
// repeated page token (a gap, not a loop); then the severity raise on the demo and the replay of a saved inventory.
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { startEmulator, type Emulator, type EstateInput, type FaultsInput } from "../../../mocks/index.js";
import { estateFromInventory } from "../../../mocks/estate/replay.js";
import type { StorageAsset } from "../../../src/model/asset.js";
import { AWS_REPLAYS } from "../../../mocks/services/index.js";
import { findingFor, scanEmulator } from "../../support/scan.js";
import { normalizeAws } from "../../../providers/aws/normalize.js";
import { collectAwsResources } from "../../../providers/aws/collect-one.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const ACCOUNT = "111122223333";
const REGIONS = ["us-east-1", "eu-west-1"];
const BUCKETS = ["train-a", "train-b", "train-c"];

function estate(macie: Record<string, unknown> | undefined): EstateInput {
  return {
    aws: {
      accounts: [
        {
          id: ACCOUNT,
          s3: { buckets: BUCKETS.map((Name) => ({ Name, BucketRegion: "us-east-1" })) },
          ...(macie ? { macie } : {}),
        },
      ],
    },
  };
}

const SCORED = {
  "us-east-1": {
    automatedDiscovery: true,
    buckets: [
      { bucketName: "train-a", sensitivityScore: 87 },
      { bucketName: "train-b", sensitivityScore: 12 },
      { bucketName: "train-c" },
    ],
  },
};

async function collect(input: EstateInput, options: { pageSize?: number; faults?: FaultsInput } = {}) {
  emulator = await startEmulator({ estate: input, ...options });
  const { inventory, report } = await scanEmulator(emulator, { regions: REGIONS, maxAttempts: 2 });
  const buckets = new Map(
    normalizeAws(inventory)
      .assets.filter((a): a is StorageAsset => a.kind === "storage")
      .map((b) => [b.name, b]),
  );
  const macieErrors = inventory.errors
    .filter((e) => e.service === "macie2")
    .map((e) => `${e.region} ${e.operation} ${e.code}`);
  return { inventory, report, buckets, macieErrors, calls: emulator.calls() };
}

describe("Macie over the wire", () => {
  it("reads the session, automated discovery and every page of scores (page size 1)", async () => {
    const { buckets, macieErrors, calls } = await collect(estate(SCORED), { pageSize: 1 });
    expect(macieErrors).toEqual([]);
    expect(calls["macie2:DescribeBuckets"]).toBe(3);
    expect(buckets.get("train-a")?.dataDiscovery).toEqual({
      service: "Macie",
      enabled: true,
      automatedDiscovery: true,
      score: 87,
    });
    expect(buckets.get("train-a")?.dataClassification).toBe("sensitive (Macie score 87)");
    expect(buckets.get("train-b")?.dataClassification).toBeUndefined();
    // Macie's default for a bucket it has not analysed.
    expect(buckets.get("train-c")?.dataDiscovery).toMatchObject({ score: 50 });
  });

  it("Macie off: a state, with no further call and no error entry", async () => {
    const { buckets, macieErrors, calls } = await collect(estate(undefined));
    expect(macieErrors).toEqual([]);
    expect(calls["macie2:GetMacieSession"]).toBe(REGIONS.length);
    expect(calls["macie2:DescribeBuckets"]).toBeUndefined();
    expect(buckets.get("train-a")?.dataDiscovery).toEqual({
      service: "Macie",
      enabled: false,
      automatedDiscovery: false,
    });
  });

  it("GetMacieSession denied by IAM: a gap, so the bucket's discovery is unknown", async () => {
    const { buckets, macieErrors } = await collect(estate(SCORED), {
      faults: { accessDenied: [{ service: "macie2", operation: "GetMacieSession" }] },
    });
    expect(macieErrors.sort()).toEqual(
      REGIONS.map((r) => `${r} GetMacieSession AccessDeniedException`).sort(),
    );
    expect(buckets.get("train-a")?.dataDiscovery).toMatchObject({ unknown: true });
    expect(buckets.get("train-a")?.dataClassification).toBeUndefined();
  });

  it.each(["empty", "bare"] as const)(
    "DescribeBuckets with a %s body: MalformedReply, no score",
    async (body) => {
      const { buckets, macieErrors } = await collect(estate(SCORED), {
        faults: { malformed: [{ service: "macie2", operation: "DescribeBuckets", body }] },
      });
      expect(macieErrors).toEqual(["us-east-1 DescribeBuckets MalformedReply"]);
      expect(buckets.get("train-a")?.dataDiscovery).toMatchObject({ unknown: true });
    },
  );

  it("a repeated page token ends the listing as a gap, not a loop", async () => {
    const { buckets, macieErrors, calls } = await collect(estate(SCORED), {
      pageSize: 1,
      faults: { repeatToken: [{ service: "macie2", operation: "DescribeBuckets" }] },
    });
    expect(macieErrors).toEqual(["us-east-1 DescribeBuckets RepeatedPageToken"]);
    expect(calls["macie2:DescribeBuckets"]).toBeLessThanOrEqual(3);
    expect(buckets.get("train-a")?.dataDiscovery).toMatchObject({ unknown: true });
  });
});

describe("Macie on the demo", () => {
  it("raises the untagged bucket Macie scores 87 one step, and its evidence names Macie", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const { report } = await scanEmulator(emulator, { regions: ["us-east-1", "us-west-2"] });
    const raised = findingFor(report, "storage.public-access-prevention", "ai-eval-results-masked");
    expect(raised).toMatchObject({ status: "fail", severity: "high" });
    expect(raised?.evidence.severityRaisedFor).toBe("Macie sensitivity score 87 (sensitive from 51)");
    expect(raised?.dataClassification).toBe("sensitive (Macie score 87)");
    // Its twin: the same failure, scored 12 by Macie, stays medium.
    const twin = findingFor(report, "storage.public-access-prevention", "ai-public-datasets-acl");
    expect(twin).toMatchObject({ status: "fail", severity: "medium" });
    expect(twin?.evidence.severityRaisedFor).toBeUndefined();
    // A tag still raises, and says so.
    const tagged = findingFor(report, "storage.public-access-prevention", "ai-clinical-notes-phi");
    expect(tagged?.evidence.severityRaisedFor).toBe("data-classification=phi");
    expect(
      findingFor(report, "graph.training-data-discovery", "clinical-notes-finetune-2026-11")?.status,
    ).toBe("fail");
    expect(findingFor(report, "graph.training-data-discovery", "fraud-model-train-hardened")?.status).toBe(
      "pass",
    );
  }, 60_000);

  it("a saved inventory replays Macie: the same scores, so the same raise", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const { inventory } = await scanEmulator(emulator, { regions: ["us-east-1", "us-west-2"] });
    await emulator.close();
    // As `--save-inventory` writes it: JSON, dates as strings.
    const saved = JSON.parse(JSON.stringify(inventory)) as typeof inventory;
    const replayed = estateFromInventory(saved, AWS_REPLAYS);
    emulator = await startEmulator({ estate: replayed.estate });
    const { report } = await scanEmulator(emulator, { regions: ["us-east-1", "us-west-2"] });
    expect(findingFor(report, "storage.public-access-prevention", "ai-eval-results-masked")).toMatchObject({
      severity: "high",
      evidence: { severityRaisedFor: "Macie sensitivity score 87 (sensitive from 51)" },
    });
    expect(
      findingFor(report, "graph.training-data-discovery", "clinical-notes-finetune-2026-11")?.status,
    ).toBe("fail");
  }, 60_000);
});

describe("Macie when the Lambda re-reads one bucket", () => {
  it("reads Macie in the bucket's region too, so the bucket keeps its score", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const inventory = await collectAwsResources(
      { endpoint: emulator.endpoint, concurrency: 4, maxAttempts: 2 },
      [{ service: "s3", region: "us-east-1", name: "ai-eval-results-masked" }],
    );
    const bucket = normalizeAws(inventory).assets.find((a) => a.name === "ai-eval-results-masked");
    expect(bucket?.dataDiscovery).toMatchObject({ enabled: true, score: 87 });
    expect(emulator.calls()["macie2:GetMacieSession"]).toBe(1);
  });
});
