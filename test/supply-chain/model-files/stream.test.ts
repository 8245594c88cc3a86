import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { scanArtifactStream } from "../../../src/supply-chain/model-files/stream.js";
import {
  gzip,
  OS_SYSTEM_P0,
  safetensors,
  stackGlobalCall,
  tar,
  torchStateDict,
  torchZip,
} from "./fixtures.js";

/** The bytes as a stream of small chunks, the way a network body arrives. */
async function* chunked(bytes: Uint8Array, size = 777): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** A PyTorch archive whose tensor data is much larger than the scanner keeps: data.pkl first, as torch writes it. */
function bigTorchZip(pickle: Uint8Array, tensorBytes: number): Uint8Array {
  return zipSync({ "archive/data.pkl": pickle, "archive/data/0": new Uint8Array(tensorBytes) }, { level: 0 });
}

describe("streaming artifact scan", () => {
  it("scans a model.tar.gz as it arrives, with the same verdicts as in memory", async () => {
    const artifact = gzip(
      tar({
        "model.pth": torchZip(stackGlobalCall("os", "system")),
        "model.safetensors": safetensors(),
        "code/inference.py": strToU8("x"),
      }),
    );
    const scan = await scanArtifactStream("model.tar.gz", chunked(artifact));
    expect(scan).toMatchObject({ severity: "critical", complete: true, unreadable: 0 });
    expect(scan.files.map((f) => `${f.path} ${f.risk}`)).toEqual([
      "model.tar.gz!model.pth!archive/data.pkl dangerous-import",
      "model.tar.gz!model.safetensors safe-format",
    ]);
  });

  it("keeps only a member's first bytes: a large PyTorch archive is judged by the data.pkl at its front", async () => {
    const artifact = gzip(tar({ "model.bin": bigTorchZip(OS_SYSTEM_P0, 3 * 1024 * 1024) }));
    const scan = await scanArtifactStream("model.tar.gz", chunked(artifact, 64 * 1024), {
      memberPrefixBytes: 1024 * 1024,
    });
    expect(scan.severity).toBe("critical");
    expect(scan.files[0]).toMatchObject({
      path: "model.tar.gz!model.bin!archive/data.pkl",
      risk: "dangerous-import",
    });
    expect(scan.complete).toBe(false);
    expect(scan.notes.join("\n")).toMatch(/model\.bin: first 1048576 of \d+ bytes scanned/);
    const benign = await scanArtifactStream(
      "model.tar.gz",
      chunked(gzip(tar({ "model.bin": bigTorchZip(torchStateDict(), 3 * 1024 * 1024) })), 65536),
      { memberPrefixBytes: 1024 * 1024 },
    );
    expect(benign.files.map((f) => f.risk)).toEqual(["plain-pickle"]);
  });

  it("scans a bare pickle or archive from its first bytes", async () => {
    const scan = await scanArtifactStream(
      "model.pt",
      chunked(bigTorchZip(stackGlobalCall("subprocess", "Popen"), 2 * 1024 * 1024)),
      { memberPrefixBytes: 512 * 1024 },
    );
    expect(scan).toMatchObject({ severity: "critical", complete: false });
    expect(scan.notes[0]).toMatch(/first 524288 bytes scanned/);
  });

  it("stops at the stream cap and says the rest is not judged", async () => {
    const artifact = gzip(tar({ "a.safetensors": safetensors(), "b.bin": new Uint8Array(200_000) }));
    const scan = await scanArtifactStream("model.tar.gz", chunked(artifact), { maxStreamBytes: 100_000 });
    expect(scan.complete).toBe(false);
    expect(scan.files.at(-1)).toMatchObject({
      risk: "unreadable",
      detail: expect.stringMatching(/stops after 100000 bytes/),
    });
  });

  it("reports corrupt compressed data as unreadable, not safe", async () => {
    const corrupt = gzip(tar({ "model.pkl": OS_SYSTEM_P0 })).slice(0, 40);
    const scan = await scanArtifactStream("model.tar.gz", chunked(corrupt, 7));
    expect(scan.complete).toBe(false);
    expect(scan.unreadable).toBeGreaterThan(0);
  });
});
