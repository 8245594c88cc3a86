import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EstateError, generateEstate, loadEstate } from "../../mocks/index.js";
import { validateEstate } from "../../mocks/estate/load.js";
import { s3Estate } from "../../providers/aws/s3/emulator/estate.js";

const dir = mkdtempSync(join(tmpdir(), "aiposture-estate-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("loadEstate", () => {
  it("loads the test fixture with defaults applied", () => {
    const estate = loadEstate(new URL("./fixtures/estate.yaml", import.meta.url).pathname);
    expect(estate.aws.accounts).toHaveLength(2);
    expect(s3Estate.of(estate.aws.accounts[0]!).buckets[0]?.Name).toBe("ai-training-phi");
    expect(estate.faults.throttle).toEqual([]);
  });

  it("accepts JSON and the CLI's wrapped reply shapes", () => {
    const estate = loadEstate(
      file(
        "cli.json",
        JSON.stringify({
          aws: {
            accounts: [
              {
                id: "111122223333",
                s3: {
                  buckets: [
                    {
                      Name: "pasted",
                      Policy: { Policy: '{"Version":"2012-10-17","Statement":[]}' },
                      PublicAccessBlock: { PublicAccessBlockConfiguration: { BlockPublicAcls: true } },
                      Encryption: { ServerSideEncryptionConfiguration: { Rules: [] } },
                      Tags: { TagSet: [{ Key: "k", Value: "v" }] },
                      OwnershipControls: {
                        OwnershipControls: { Rules: [{ ObjectOwnership: "ObjectWriter" }] },
                      },
                    },
                  ],
                },
              },
            ],
          },
        }),
      ),
    );
    const bucket = s3Estate.of(estate.aws.accounts[0]!).buckets[0];
    expect(bucket).toMatchObject({
      Policy: '{"Version":"2012-10-17","Statement":[]}',
      PublicAccessBlock: { BlockPublicAcls: true },
      Encryption: { Rules: [] },
      Tags: [{ Key: "k", Value: "v" }],
      OwnershipControls: { Rules: [{ ObjectOwnership: "ObjectWriter" }] },
      BucketRegion: "us-east-1",
    });
  });

  it("names the file, the line and the field path of a validation error", () => {
    const path = file(
      "demo.yaml",
      [
        "aws:",
        "  accounts:",
        '    - id: "111122223333"',
        "      s3:",
        "        buckets:",
        "          - Name: ok-bucket",
        "          - Name: 42",
      ].join("\n"),
    );
    expect(() => loadEstate(path)).toThrow(EstateError);
    expect(() => loadEstate(path)).toThrow(
      "demo.yaml:7: aws.accounts[0].s3.buckets[1].Name: expected string, got number",
    );
  });

  it("reports unknown fields, so typos in AWS field names are not silently ignored", () => {
    const path = file(
      "typo.yaml",
      'aws:\n  accounts:\n    - id: "111122223333"\n      s3:\n        buckets:\n          - { Name: abc, Polcy: {} }\n',
    );
    expect(() => loadEstate(path)).toThrow(
      /typo\.yaml:6: aws\.accounts\[0\]\.s3\.buckets\[0\]: unknown field\(s\) Polcy/,
    );
  });

  it("validates fault rules", () => {
    const path = file("faults.yaml", "faults:\n  throttle:\n    - { service: s3, rate: 2 }\n");
    expect(() => loadEstate(path)).toThrow(/faults\.yaml:3: faults\.throttle\[0\]\.rate: /);
  });

  it("names the line and column of a YAML syntax error", () => {
    const path = file("broken.yaml", 'aws:\n  accounts:\n    - id: "1111\n      s3: {\n');
    expect(() => loadEstate(path)).toThrow(/^broken\.yaml:\d+:\d+: syntax error: /);
    const bad = file("bad.yaml", "aws:\n  accounts: [\n    { id: 1 }\n  s3\n");
    expect(() => loadEstate(bad)).toThrow(/^bad\.yaml:4:\d+: syntax error/);
  });

  it("names the file when it cannot be read", () => {
    expect(() => loadEstate(join(dir, "missing.yaml"))).toThrow(/^missing\.yaml: cannot read estate file/);
  });
});

describe("the composed account schema", () => {
  it("gives the default account every service section's defaults", () => {
    const account = validateEstate({}).aws.accounts[0]!;
    expect(account.id).toBe("111122223333");
    expect(s3Estate.of(account)).toEqual({ buckets: [] });
  });

  it("validates a service's section with its own schema and rejects unknown account fields", () => {
    const bad = { id: "111122223333", s3: { buckets: [{ Name: "ab" }] }, bogus: 1 };
    expect(() => validateEstate({ aws: { accounts: [bad] } }, "e.json")).toThrow(
      /e\.json: aws\.accounts\[0\]\.s3\.buckets\[0\]\.Name: [\s\S]*aws\.accounts\[0\]: [\s\S]*bogus/,
    );
  });
});

describe("generateEstate", () => {
  it("is deterministic by seed and differs across seeds", () => {
    const a = generateEstate({ buckets: 200, seed: 42 });
    expect(generateEstate({ buckets: 200, seed: 42 })).toEqual(a);
    expect(generateEstate({ buckets: 200, seed: 43 })).not.toEqual(a);
  });

  it("mixes public, private, encrypted and unencrypted buckets across the given regions", () => {
    const estate = generateEstate({
      buckets: 500,
      seed: 1,
      accountId: "999988887777",
      regions: ["us-east-1", "ap-south-1"],
    });
    const account = estate.aws.accounts[0];
    expect(account?.id).toBe("999988887777");
    const buckets = account ? s3Estate.of(account).buckets : [];
    expect(buckets).toHaveLength(500);
    expect(new Set(buckets.map((b) => b.Name)).size).toBe(500);
    expect(new Set(buckets.map((b) => b.BucketRegion))).toEqual(new Set(["us-east-1", "ap-south-1"]));
    expect(buckets.some((b) => b.Policy !== undefined)).toBe(true);
    expect(buckets.some((b) => b.Acl?.Grants.some((g) => g.Grantee.URI?.endsWith("/AllUsers")))).toBe(true);
    expect(buckets.some((b) => b.PublicAccessBlock?.BlockPublicAcls === true)).toBe(true);
    expect(buckets.some((b) => b.Encryption === null)).toBe(true);
    expect(
      buckets.some(
        (b) => b.Encryption?.Rules[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm === "aws:kms",
      ),
    ).toBe(true);
  });
});

describe("mocks/estates/example.yaml", () => {
  it("is a valid estate (the README documents it)", () => {
    const estate = loadEstate(new URL("../../mocks/estates/example.yaml", import.meta.url).pathname);
    expect(s3Estate.of(estate.aws.accounts[0]!).buckets.map((b) => b.Name)).toEqual([
      "ai-training-phi",
      "ai-model-artifacts",
      "ai-secret-embeddings",
    ]);
    expect(estate.faults.throttle[0]).toMatchObject({ firstAttempts: 1, retryAfterSeconds: 1 });
  });
});
