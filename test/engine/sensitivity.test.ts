// Sensitive data raises exposure findings one step, decided in one place (sensitivityOf): a sensitive tag, or a
// Macie score of 51 or more. Macie off, unread or not yet analysed never raises, and a tag is never cleared by it.
import { describe, expect, it } from "vitest";
import publicAccessPrevention from "../../checks/storage/public-access-prevention.js";
import { evaluateAssets } from "../../src/engine/evaluate.js";
import type { DataDiscovery } from "../../src/model/asset-base.js";
import type { AnyCheck } from "../../src/model/check.js";
import { sensitivityOf } from "../../src/model/classification.js";
import { unknown, type Known } from "../../src/model/known.js";
import { storageAsset } from "../support/assets.js";

const macie = (score: number | undefined, enabled = true): DataDiscovery => ({
  service: "Macie",
  enabled,
  automatedDiscovery: true,
  ...(score === undefined ? {} : { score }),
});

describe("sensitivityOf", () => {
  it.each<[string, string | undefined, Known<DataDiscovery> | undefined, string | undefined]>([
    ["sensitive tag", "phi", undefined, "data-classification=phi"],
    ["tag wins over a low score", "pii", macie(3), "data-classification=pii"],
    ["Macie score 51", undefined, macie(51), "Macie sensitivity score 51 (sensitive from 51)"],
    ["Macie score 50: not yet analysed", undefined, macie(50), undefined],
    ["Macie score -1: classification error", undefined, macie(-1), undefined],
    ["Macie off (a stale score is ignored)", undefined, macie(99, false), undefined],
    ["Macie unread", undefined, unknown("GetMacieSession failed: AccessDenied"), undefined],
    ["non-sensitive tag and no Macie", "internal", undefined, undefined],
  ])("%s", (_name, dataClassification, dataDiscovery, expected) => {
    const asset = storageAsset({
      ...(dataClassification ? { dataClassification } : {}),
      ...(dataDiscovery ? { dataDiscovery } : {}),
    });
    expect(sensitivityOf(asset)).toBe(expected);
  });
});

describe("the raise in the engine", () => {
  const failing = { enforced: false, settings: {}, detail: "BlockPublicPolicy is off" };
  const run = (dataDiscovery: Known<DataDiscovery>) =>
    evaluateAssets(
      [storageAsset({ publicAccessPrevention: failing, dataDiscovery })],
      [publicAccessPrevention as unknown as AnyCheck],
    )[0]!;

  it("raises a failing exposure finding on a bucket Macie scores sensitive, naming the score", () => {
    const finding = run(macie(87));
    expect(finding.status).toBe("fail");
    expect(finding.severity).toBe("high");
    expect(finding.evidence.severityRaisedFor).toBe("Macie sensitivity score 87 (sensitive from 51)");
  });

  it("does not raise when Macie could not be read", () => {
    const finding = run(unknown("DescribeBuckets failed: MalformedReply"));
    expect(finding.severity).toBe("medium");
    expect(finding.evidence.severityRaisedFor).toBeUndefined();
  });
});
