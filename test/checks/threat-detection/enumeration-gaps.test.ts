// A scope where a listing failed cannot claim "no AI assets here": the threat-detection checks say unknown.
import { describe, expect, it } from "vitest";
import enabled from "../../../checks/threat-detection/enabled.js";
import storageProtection from "../../../checks/threat-detection/storage-protection.js";
import type { ThreatDetectionAsset } from "../../../src/model/assets/threat-detection.js";
import { enumerationGaps } from "../../../src/model/enumeration-gaps.js";
import { AssetGraph } from "../../../src/model/graph.js";
import { emptyInventory } from "../../../src/model/inventory.js";

const detector = (gaps?: string[]): ThreatDetectionAsset => ({
  id: "arn:aws:guardduty:us-west-2:111122223333:detector-scope",
  provider: "aws",
  account: "111122223333",
  region: "us-west-2",
  kind: "threat-detection",
  type: "aws.guardduty.detector",
  name: "guardduty/us-west-2",
  tags: {},
  relations: [],
  raw: {},
  service: "guardduty",
  enabled: { on: false, detail: "no GuardDuty detector in us-west-2" },
  storageProtection: { on: false, detail: "off" },
  aiProtection: { on: false, detail: "off" },
  ...(gaps ? { enumerationGaps: gaps } : {}),
});

describe("threat-detection checks with failed listings", () => {
  it("pass where every listing succeeded and no AI asset lives", () => {
    const asset = detector();
    expect(storageProtection.evaluate(asset, new AssetGraph([asset])).status).toBe("pass");
  });

  it("are unknown when a listing failed, naming it", () => {
    const asset = detector(["s3 ListBuckets: AccessDenied"]);
    for (const check of [enabled, storageProtection]) {
      const outcome = check.evaluate(asset, new AssetGraph([asset]));
      expect(outcome.status).toBe("unknown");
      expect(outcome.messageId).toBe("cannotTell");
      expect(outcome.data.reason).toMatch(/ListBuckets: AccessDenied/);
    }
  });

  it("collects scope-level failures: S3's global listing for every region, others by region", () => {
    const inventory = emptyInventory();
    inventory.errors.push(
      {
        provider: "aws",
        account: "111122223333",
        region: "us-east-1",
        service: "s3",
        operation: "ListBuckets",
        code: "AccessDenied",
        message: "",
      },
      {
        provider: "aws",
        account: "111122223333",
        region: "eu-west-1",
        service: "sagemaker",
        operation: "ListEndpoints",
        code: "AccessDenied",
        message: "",
      },
      {
        provider: "aws",
        account: "111122223333",
        region: "us-west-2",
        service: "s3",
        operation: "GetBucketPolicy",
        resource: "b",
        code: "AccessDenied",
        message: "",
      },
    );
    expect(
      enumerationGaps(inventory, { provider: "aws", account: "111122223333", region: "us-west-2" }),
    ).toEqual(["s3 ListBuckets: AccessDenied"]);
  });
});
