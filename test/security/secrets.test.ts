// Secrets never leave: AWS keys, session tokens, the Azure token, a webhook URL and an SNS topic ARN stay out of
// what a scan prints, writes (every report format, inventory, history) and the errors of its failure paths; and
// credentials go to a plain-HTTP endpoint only on this machine (the emulator).
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../mocks/index.js";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { runScan, type Io, type ScanFlags } from "../../cli/commands/scan.js";
import { awsClientConfig, InsecureEndpointError } from "../../providers/aws/clients.js";
import { awsOptionsSchema } from "../../providers/aws/options.js";
import { azureOptionsSchema } from "../../providers/azure/options.js";
import { EMULATOR_CREDENTIAL } from "../../providers/azure/credential.js";
import { ConfigError, configFromEnv, describeConfig } from "../../runtimes/aws-lambda/config.js";
import { isLoopbackUrl } from "../../src/text/loopback.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "aiposture.js");
const dir = mkdtempSync(join(tmpdir(), "aiposture-secrets-"));

const AWS_SECRETS = {
  AWS_ACCESS_KEY_ID: "AKIALEAKCHECK7Q2X9Z1",
  AWS_SECRET_ACCESS_KEY: "leakCheckSecretKey/9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c",
  AWS_SESSION_TOKEN: "IQoJb3JpZ2luX2VjLEAKCHECKSESSIONTOKENxyz0123456789abcdef",
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: { ...process.env, AWS_PROFILE: "", AWS_CONFIG_FILE: join(dir, "none"), ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** A scan in this process, as the CLI runs it, with what it prints (or the error it ends with) captured. */
async function scan(flags: Partial<ScanFlags>, env: Record<string, string> = {}): Promise<Run> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const run: Run = { code: 0, stdout: "", stderr: "" };
  const io: Io = { stdout: (t) => (run.stdout += t), stderr: (t) => (run.stderr += t), progress: false };
  try {
    const base: ScanFlags = { format: "json", failOn: "none", concurrency: 8, maxAttempts: 2 };
    run.code = (await runScan({ ...base, ...flags }, io)).exitCode;
  } catch (error) {
    run.code = -1;
    run.stderr +=
      error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
  return run;
}

/** Every byte a run left behind: its streams and every file in its folder (binary files as latin1). */
function everything(run: Run, folder: string): string {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString("latin1"));
  return [run.stdout, run.stderr, ...files].join("\n");
}

function expectNoSecrets(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(text, `leaked ${secret.slice(0, 8)}…`).not.toContain(secret);
}

const FORMATS = ["json", "sarif", "ocsf", "asff", "csv", "junit", "html", "markdown"] as const;

describe("AWS credentials stay out of reports, inventory, history and errors", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({
      estate: DEMO_ESTATE,
      // Failure paths: denied, malformed and throttled replies make error entries with the services' messages.
      faults: {
        accessDenied: [{ service: "s3", operation: "GetBucketPolicy" }],
        malformed: [{ service: "sagemaker", operation: "DescribeEndpointConfig", body: "truncated" }],
        throttle: [{ service: "opensearch", rate: 0.5, retryAfterSeconds: 0 }],
      },
    });
  });
  afterAll(() => emu.close());

  it("a scan with failures writes no key, secret or session token anywhere", async () => {
    const out = mkdtempSync(join(dir, "aws-"));
    const run = await scan(
      {
        endpoint: emu.endpoint,
        regions: ["us-east-1"],
        format: FORMATS,
        outputDir: join(out, "reports"),
        saveInventory: join(out, "inventory.json"),
        history: join(out, "history.db"),
      },
      AWS_SECRETS,
    );
    expect(run.code, run.stderr).toBeGreaterThanOrEqual(0);
    const all = everything(run, out);
    // The failure paths happened: the report carries the denied read.
    expect(all).toContain("AccessDenied");
    expect(readdirSync(join(out, "reports")).length).toBe(FORMATS.length);
    expectNoSecrets(all, Object.values(AWS_SECRETS));
  });

  it("an endpoint that refuses connections fails without echoing credentials", async () => {
    const out = mkdtempSync(join(dir, "refused-"));
    const run = await scan(
      { endpoint: "http://127.0.0.1:9", regions: ["us-east-1"], maxAttempts: 1, output: join(out, "r.json") },
      AWS_SECRETS,
    );
    expect(run.code).not.toBe(0);
    expectNoSecrets(everything(run, out), Object.values(AWS_SECRETS));
  });
});

describe("credentials go to plain HTTP only on this machine", () => {
  it("refuses a plain-HTTP endpoint elsewhere with exit 2, before any request", async () => {
    const started = Date.now();
    const run = await cli(
      ["scan", "--endpoint", "http://203.0.113.7:4566", "--regions", "us-east-1"],
      AWS_SECRETS,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("plain HTTP");
    expect(run.stderr).toContain("203.0.113.7");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expectNoSecrets(run.stderr + run.stdout, Object.values(AWS_SECRETS));
    // A request to a black-holed TEST-NET address would hang on the connect timeout.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("accepts https anywhere and http on loopback only", () => {
    const ok = (endpoint: string) => awsOptionsSchema.safeParse({ endpoint }).success;
    expect(ok("https://s3.example.com")).toBe(true);
    expect(ok("http://127.0.0.1:4566")).toBe(true);
    expect(ok("http://localhost:4566")).toBe(true);
    expect(ok("http://[::1]:4566")).toBe(true);
    for (const bad of [
      "http://10.0.0.5:4566",
      "http://127.0.0.1.nip.io",
      "http://localhost.evil.example",
      "http://evil.example#@127.0.0.1",
      "http://user@evil.example",
    ])
      expect(ok(bad), bad).toBe(false);
    expect(azureOptionsSchema.safeParse({ azureEndpoint: "http://management.example" }).success).toBe(false);
    expect(isLoopbackUrl(new URL("http://127.8.9.10"))).toBe(true);
  });

  it("every AWS client refuses it too (the Lambda's sinks and exports build their own)", () => {
    expect(() =>
      awsClientConfig({ concurrency: 1, maxAttempts: 1, endpoint: "http://198.51.100.1" }, "us-east-1"),
    ).toThrow(InsecureEndpointError);
    expect(() =>
      configFromEnv({
        AIPOSTURE_STATE_TABLE: "t",
        AIPOSTURE_SNS_TOPIC_ARN: "arn:aws:sns:us-east-1:111122223333:alerts",
        AIPOSTURE_ENDPOINT: "http://198.51.100.1:4566",
      }),
    ).toThrow(ConfigError);
  });
});

describe("the Lambda's configuration never shows its sinks' addresses", () => {
  const webhook = "https://hooks.example.com/services/T000/B000/leakCheckWebhookToken";
  const topic = "arn:aws:sns:eu-west-1:444455556666:alerts-leakchecktopic";

  it("logs the configuration without the webhook path or the topic's account and name", () => {
    const config = configFromEnv({
      AIPOSTURE_STATE_TABLE: "t",
      AIPOSTURE_SNS_TOPIC_ARN: topic,
      AIPOSTURE_WEBHOOK_URL: webhook,
    });
    const text = JSON.stringify(describeConfig(config));
    expectNoSecrets(text, ["leakCheckWebhookToken", "444455556666", "alerts-leakchecktopic"]);
    expect(text).toContain("eu-west-1");
  });

  it("a bad value is named without echoing it", () => {
    const bad = "https://hooks.example.com/services/leakCheckPastedIntoTheWrongVariable";
    let message = "";
    try {
      configFromEnv({ AIPOSTURE_STATE_TABLE: "t", AIPOSTURE_SNS_TOPIC_ARN: bad });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("AIPOSTURE_SNS_TOPIC_ARN");
    expect(message).not.toContain("leakCheckPastedIntoTheWrongVariable");
  });
});

describe("the Azure token stays out of reports and errors", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ estate: DEMO_ESTATE });
  });
  afterAll(() => emu.close());

  it("a scan of the emulator, and one of an endpoint that refuses, never show the token", async () => {
    const token = (await EMULATOR_CREDENTIAL.getToken("https://management.azure.com/.default"))!.token;
    const out = mkdtempSync(join(dir, "azure-"));
    const ca = join(dir, "azure-ca.pem");
    writeFileSync(ca, emu.azureCaCertificate);
    const common = { provider: "azure", azureCa: ca, maxAttempts: 1 };
    const ok = await scan({
      ...common,
      azureEndpoint: emu.azureEndpoint,
      format: FORMATS,
      outputDir: join(out, "ok"),
      history: join(out, "history.db"),
    });
    expect(ok.code, ok.stderr).toBeGreaterThanOrEqual(0);
    const refused = await scan({
      ...common,
      azureEndpoint: "https://127.0.0.1:9",
      output: join(out, "refused.json"),
    });
    expect(refused.code).not.toBe(0);
    expectNoSecrets(everything(ok, out) + everything(refused, out), [token]);
  });
});

describe("the Lambda keeps its topic, hook and credentials out of results and logs, failures included", () => {
  it("a deleted topic and a broken hook leave no secret in the result or the logs", async () => {
    const keys = {
      AWS_ACCESS_KEY_ID: "AKIALAMBDALEAK000001",
      AWS_SECRET_ACCESS_KEY: "lambdaLeakSecret/abc",
      AWS_SESSION_TOKEN: "lambdaLeakSessionToken123",
    };
    const saved = Object.fromEntries(Object.keys(keys).map((k) => [k, process.env[k]]));
    Object.assign(process.env, keys);
    const { startWorld, lambdaEstate, trainingBucket, PUBLIC_POLICY, BUCKET, TOPIC } =
      await import("../lambda/support.js");
    const { putBucketPolicyEvent } = await import("../../mocks/events/index.js");
    const w = await startWorld({
      estate: lambdaEstate([trainingBucket(PUBLIC_POLICY)]),
      env: { AIPOSTURE_SINK_MAX_ATTEMPTS: "1" },
    });
    try {
      w.emu.mutateEstate((e) => void (e.aws.accounts[0]!.sns = { Topics: [] }));
      w.receiver.respondWith([500]);
      const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
      expect(result.owed).toBeGreaterThan(0);
      const all = JSON.stringify([result, w.logs]);
      expect(all).toContain("NotFound");
      expectNoSecrets(all, [TOPIC, w.receiver.token, ...Object.values(keys)]);
    } finally {
      await w.close();
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });
});
