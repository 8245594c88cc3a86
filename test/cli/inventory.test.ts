// `aiposture inventory` end to end, as a user runs it: a real process against the demo and against an emulator
// started here, the JSON contract, the 80-column table, escaping, exit codes.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../mocks/index.js";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "aiposture.js");
const dir = mkdtempSync(join(tmpdir(), "aiposture-inventory-"));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const env = { ...process.env };
    delete env.AWS_ACCESS_KEY_ID;
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

interface BomJson {
  schemaVersion: number;
  assets: Array<{
    id: string;
    kind: string;
    type: string;
    name: string;
    provider: string;
    account: string;
    region: string;
    dataClassification: string | null;
    relations: Array<{ type: string; target: string; targetKnown: boolean; detail?: string }>;
  }>;
  errors: Array<{ operation: string; code: string; resource?: string }>;
}

describe("aiposture inventory --demo", () => {
  let bom: BomJson;
  let saved: string;
  beforeAll(async () => {
    saved = join(dir, "demo-inventory.json");
    const result = await cli("inventory", "--demo", "--format", "json", "--save-inventory", saved);
    expect(result.code, result.stderr).toBe(0);
    bom = JSON.parse(result.stdout) as BomJson;
  });

  it("follows the JSON contract and lists AI assets only", () => {
    expect(bom.schemaVersion).toBe(1);
    expect(bom.errors).toEqual([]);
    for (const asset of bom.assets) {
      expect(Object.keys(asset).sort()).toEqual(
        [
          "account",
          "dataClassification",
          "id",
          "kind",
          "name",
          "provider",
          "region",
          "relations",
          "type",
        ].sort(),
      );
      for (const relation of asset.relations)
        expect(Object.keys(relation)).toEqual(expect.arrayContaining(["type", "target", "targetKnown"]));
    }
    const kinds = new Set(bom.assets.map((a) => a.kind));
    for (const kind of ["ai-platform", "agent", "guardrail", "custom-model", "knowledge-base", "storage"])
      expect(kinds.has(kind), kind).toBe(true);
    expect(kinds.has("account")).toBe(false);
    expect(kinds.has("threat-detection")).toBe(false);
  });

  it("shows how the AI assets connect, and which targets were not scanned", () => {
    const kb = bom.assets.find((a) => a.name === "ai-clinical-notes-kb");
    expect(kb).toMatchObject({ kind: "knowledge-base", dataClassification: "phi", region: "us-east-1" });
    expect(kb?.relations).toEqual([
      expect.objectContaining({ type: "uses-vector-store", targetKnown: true }),
      expect.objectContaining({ type: "uses-model", targetKnown: false }),
      {
        type: "reads-data-from",
        target: "arn:aws:s3:::ai-clinical-notes-phi",
        targetKnown: true,
        detail: expect.any(String),
      },
    ]);
    const collection = bom.assets.find((a) => a.id === kb?.relations[0]?.target);
    expect(collection?.kind).toBe("search-serverless");
    const agent = bom.assets.find((a) => a.name === "ai-agent-hardened");
    expect(agent?.relations.find((r) => r.type === "uses-guardrail")).toMatchObject({
      target: "arn:aws:bedrock:us-east-1:111122223333:guardrail/hardguard001",
      targetKnown: true,
    });
  });

  it("lists a saved inventory offline to the same bill of materials", async () => {
    const again = await cli("inventory", "--from-inventory", saved, "--provider", "all", "--format", "json");
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as BomJson).assets).toEqual(bom.assets);
  });

  it("prints a table within 80 columns", async () => {
    const result = await cli("inventory", "--demo");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(result.stdout).toMatch(/^knowledge-base +ai-clinical-notes-kb +us-east-1 +phi$/m);
    expect(result.stdout).toMatch(/^ {2}uses-vector-store +→ search-serverless clinical-embeddings/m);
    expect(result.stdout).toMatch(
      /^\d+ AI assets, \d+ relations \(\d+ outside it, marked \*\), 0 coverage gaps$/m,
    );
  });

  it("refuses --demo with another source of data", async () => {
    const result = await cli("inventory", "--demo", "--endpoint", "http://127.0.0.1:9");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--demo reads the built-in emulated cloud/);
  });
});

describe("aiposture inventory --endpoint", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    const estate = join(dir, "hostile.yaml");
    writeFileSync(
      estate,
      [
        "aws:",
        "  accounts:",
        '    - id: "444455556666"',
        "      bedrock:",
        "        us-east-1:",
        "          agents:",
        '            - agentName: "evil\\u001b[2J\\u001b[31magent"',
        "              agentId: EVILAGENT1",
        "            - agentName: locked",
        "              agentId: LOCKEDAGT1",
        "faults:",
        "  accessDenied: [{ service: bedrock-agent, operation: GetAgent, resource: LOCKEDAGT1 }]",
      ].join("\n"),
    );
    emulator = await startEmulator({ estate });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it("escapes names from the cloud and reports what it could not read with exit code 3", async () => {
    const result = await cli("inventory", "--endpoint", emulator.endpoint, "--regions", "us-east-1");
    expect(result.code, result.stderr).toBe(3);
    expect(result.stdout.includes("\u001b")).toBe(false);
    expect(result.stdout).toContain("evil\uFFFD[2J\uFFFD[31magent");
    expect(result.stdout).toMatch(/COVERAGE GAPS \(1\)/);
    expect(result.stdout).toMatch(
      /444455556666 us-east-1 bedrock-agent GetAgent locked: AccessDeniedException/,
    );
    // The agent whose details were denied is still listed: it was found, only its configuration is unknown.
    expect(result.stdout).toMatch(/^agent +locked +us-east-1$/m);
  });
});
