import { describe, expect, it } from "vitest";
import { collectionNeeds, servicesToRead } from "../../src/engine/collection-needs.js";
import { CHECKS } from "../../wiring/registry.js";
import { AWS_SERVICES } from "../../providers/aws/services.js";
import { AZURE_SERVICES } from "../../providers/azure/services.js";
import { selectChecks } from "../../src/engine/select-checks.js";

const read = (pattern: string, native = false) => {
  const needs = collectionNeeds(selectChecks(CHECKS, pattern), native);
  return [...servicesToRead(AWS_SERVICES, needs), ...servicesToRead(AZURE_SERVICES, needs)].sort();
};

describe("services read for --checks", () => {
  it("reads only the services that yield the selected checks' asset kinds", () => {
    // Macie comes with S3: a bucket's sensitivity score raises its exposure findings.
    expect(read("storage.public-read")).toEqual(["macie", "s3", "storage"]);
  });

  it("reads what a service's normalizer reads, and the kinds a graph check looks at", () => {
    expect(read("access-point.public")).toEqual(["macie", "s3", "s3-access-points"]);
    expect(read("graph.bucket-public-via-access-point")).toContain("s3-access-points");
  });

  it("reads the native sources only when native findings are wanted or a check needs them", () => {
    expect(read("search.*")).not.toContain("guardduty");
    expect(read("threat-detection.enabled")).toEqual(expect.arrayContaining(["guardduty", "defender", "s3"]));
    expect(read("storage.public-read", true)).toEqual(
      expect.arrayContaining(["guardduty", "defender", "sagemaker"]),
    );
  });

  it("reads everything without needs", () => {
    expect(servicesToRead(AWS_SERVICES, undefined).size).toBe(AWS_SERVICES.length);
  });
});
