// The deployable artifact and the local runner: esbuild makes one self-contained file whose handler works,
// and `npm run lambda:local` prints what the handler did.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { putBucketPolicyEvent } from "../../mocks/events/index.js";
import { buildLambda } from "../../scripts/build-lambda.js";
import { BUCKET, PUBLIC_POLICY, TABLE, TOPIC, lambdaEstate, startWorld, trainingBucket } from "./support.js";

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), "aiposture-lambda-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("build:lambda", () => {
  it("bundles the handler into one ESM file (plus the advisory snapshot it reads) that loads without node_modules and acknowledges an unknown event", async () => {
    const file = await buildLambda(out);
    expect(
      readdirSync(out)
        .filter((f) => f !== "full")
        .sort(),
    ).toEqual(["data", "index.mjs", "package.json"]);
    expect(readdirSync(join(out, "data", "advisories"))).toContain("osv-pypi-ai.json");
    const saved = { ...process.env };
    Object.assign(process.env, {
      AIPOSTURE_STATE_TABLE: "t",
      AIPOSTURE_SNS_TOPIC_ARN: "arn:aws:sns:us-east-1:111122223333:x",
    });
    try {
      const mod = (await import(pathToFileURL(file).href)) as {
        handler: (e: unknown) => Promise<{ status: string }>;
      };
      const result = await mod.handler({
        "detail-type": "Nope",
        source: "x",
        id: "1",
        account: "1",
        region: "r",
        detail: {},
      });
      expect(result.status).toBe("ignored");
    } finally {
      process.env = saved;
    }
  });

  it("the bundled handler (minified, class names not kept) scans, alerts and records through the emulator", async () => {
    const file = await buildLambda(join(out, "full"));
    const w = await startWorld({ estate: lambdaEstate([trainingBucket(PUBLIC_POLICY)]), webhook: false });
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_REGION: "us-east-1",
      AIPOSTURE_ENDPOINT: w.emu.endpoint,
      AIPOSTURE_STATE_TABLE: TABLE,
      AIPOSTURE_SNS_TOPIC_ARN: TOPIC,
    });
    try {
      const mod = (await import(pathToFileURL(file).href)) as {
        handler: (
          e: unknown,
        ) => Promise<{ alerts: Array<{ checkId: string; delivered: boolean }>; errors: unknown[] }>;
      };
      const result = await mod.handler(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
      expect(result.errors).toEqual([]);
      expect(result.alerts).toContainEqual(
        expect.objectContaining({ checkId: "storage.public-read", delivered: true }),
      );
      expect(w.sns()).toHaveLength(1);
    } finally {
      process.env = saved;
      await w.close();
    }
  });
});

describe("lambda:local", () => {
  it("runs events against the emulator and prints alerts sent, findings and dedupe as JSON", async () => {
    const event = "mocks/events/cloudtrail/s3-put-bucket-policy.json";
    const { stdout } = await run(
      "npx",
      ["tsx", "scripts/lambda-local.ts", event, event, "--bucket", "ai-clinical-notes-phi"],
      {
        env: { ...process.env, AIPOSTURE_REGIONS: "us-east-1" },
      },
    );
    const output = JSON.parse(stdout) as {
      results: Array<{ status: string; alerts: Array<{ checkId: string; delivered: boolean }> }>;
      sent: { sns: Array<{ text: string }>; webhook: Array<{ status: number }> };
      webhook: string;
      refusedWrites: string[];
    };
    expect(output.results.map((r) => r.status)).toEqual(["processed", "duplicate"]);
    expect(output.results[0]!.alerts).toContainEqual(
      expect.objectContaining({ checkId: "storage.public-read", delivered: true }),
    );
    expect(output.sent.sns).toHaveLength(1);
    expect(output.sent.sns[0]!.text).toContain("ai-clinical-notes-phi");
    expect(output.sent.webhook.map((w) => w.status)).toEqual([200]);
    expect(output.webhook).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/\*\*\*$/);
    expect(output.refusedWrites).toEqual([]);
  });
});
