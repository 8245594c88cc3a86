// Exit codes and messages for bad input and output, as a user meets them: a real process, nothing scanned.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "bin", "aiposture.js");
const dir = mkdtempSync(join(tmpdir(), "aiposture-exits-"));

function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(stdin ?? "");
  });
}

const PUBLIC = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }],
});
const PRIVATE = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::111122223333:root" },
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::b/*",
    },
  ],
});

describe("policy", () => {
  const publicFile = join(dir, "public.json");
  const privateFile = join(dir, "private.json");
  const badFile = join(dir, "bad.json");
  writeFileSync(publicFile, PUBLIC);
  writeFileSync(privateFile, PRIVATE);
  writeFileSync(badFile, "{ not json");

  it("exits 1 when a policy is public, 0 when none is, 2 on a bad file", async () => {
    expect((await cli(["policy", privateFile, publicFile])).code).toBe(1);
    expect((await cli(["policy", privateFile])).code).toBe(0);
    const bad = await cli(["policy", badFile, publicFile]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain("bad.json: ERROR");
  });

  it("reads - as standard input", async () => {
    const result = await cli(["policy", "-"], PUBLIC);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^-: PUBLIC \(read\)/);
  });
});

describe("outputs are checked before any cloud call", () => {
  // The endpoint would hang a scan that got as far as calling it: the refusal must come first.
  const unreachable = ["scan", "--endpoint", "http://127.0.0.1:9", "--max-attempts", "1"];

  it("--output in a missing folder is exit 2 naming the path", async () => {
    const result = await cli([...unreachable, "--output", join(dir, "missing", "r.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--output ${join(dir, "missing", "r.json")}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("an --output-dir that cannot be created is exit 2 naming it", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const result = await cli([...unreachable, "--output-dir", join(file, "reports")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--output-dir ${join(file, "reports")}`);
  });
});

describe("mock", () => {
  it("a missing or invalid estate is exit 2 naming the file, without a stack trace", async () => {
    const missing = await cli(["mock", "--estate", join(dir, "nosuch.yaml")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nosuch.yaml");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const invalid = join(dir, "invalid.yaml");
    writeFileSync(invalid, "accounts: 3\n");
    const result = await cli(["mock", "--estate", invalid]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("invalid.yaml");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("--port 0 serves on a free port and prints it", async () => {
    const estate = join(import.meta.dirname, "..", "..", "mocks", "estates", "example.yaml");
    const child = spawn(process.execPath, [BIN, "mock", "--estate", estate, "--port", "0"]);
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes("\n")) resolve(out.trim());
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(Number(new URL(endpoint).port)).toBeGreaterThan(0);
    } finally {
      child.kill("SIGTERM");
    }
  });
});

describe("hostile input files", () => {
  it("an alias-bomb estate is exit 2 naming the file, without a stack trace", async () => {
    const bomb = join(import.meta.dirname, "..", "fuzz", "corpus", "alias-bomb.yaml");
    const result = await cli(["mock", "--estate", bomb]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("alias-bomb.yaml: YAML aliases expand too far");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("help and unknown input", () => {
  it("every subcommand's --help is its own", async () => {
    const commands = ["scan", "demo", "inventory", "history", "policy", "checks", "permissions", "mock"];
    const results = await Promise.all(commands.map((command) => cli([command, "--help"])));
    results.forEach((result, i) => {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: aiposture ${commands[i]}`);
    });
  });

  it("an unknown command with --help is refused, not answered with the top-level help", async () => {
    const result = await cli(["suppressions", "--help"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'suppressions'");
  });

  it("--regions refuses a name that is not a region, with the list; opt-in regions are accepted", async () => {
    const result = await cli(["scan", "--regions", "mars-1"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown region mars-1");
    expect(result.stderr).toContain("me-south-1");
    const optIn = await cli(["scan", "--regions", "af-south-1", "--output", join(dir, "missing", "x.json")]);
    expect(optIn.stderr).not.toContain("unknown region");
  });
});
