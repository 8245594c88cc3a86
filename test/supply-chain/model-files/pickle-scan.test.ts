import { describe, expect, it } from "vitest";
import { scanPickle } from "../../../src/supply-chain/model-files/pickle-scan.js";
import { judgeImport } from "../../../src/supply-chain/model-files/pickle-policy.js";
import { OS_SYSTEM_P0, Pickle, stackGlobalCall, torchStateDict } from "./fixtures.js";

const importsOf = (bytes: Uint8Array) =>
  scanPickle(bytes).imports.map((i) => `${i.module}.${i.name} ${i.via}`);

describe("pickle opcode reader", () => {
  it("reads GLOBAL in protocol 0 and counts the REDUCE call", () => {
    const scan = scanPickle(OS_SYSTEM_P0);
    expect(scan).toMatchObject({ protocol: 0, calls: 1, pickles: 1 });
    expect(importsOf(OS_SYSTEM_P0)).toEqual(["os.system GLOBAL"]);
    expect(scan.malformed).toBeUndefined();
  });

  it("reads INST with binary strings (protocol 1)", () => {
    const bytes = new Pickle()
      .mark()
      .binUnicode("rm -rf /tmp/x")
      .inst("subprocess", "check_output")
      .stop()
      .bytes();
    expect(importsOf(bytes)).toEqual(["subprocess.check_output INST"]);
  });

  it("resolves STACK_GLOBAL in protocols 2 to 5 from SHORT_BINUNICODE, BINUNICODE8, STRING and memo references", () => {
    expect(importsOf(stackGlobalCall("builtins", "exec"))).toEqual(["builtins.exec STACK_GLOBAL"]);
    const viaMemo = new Pickle()
      .proto(4)
      .shortBinUnicode("runpy")
      .memoize()
      .pop()
      .binUnicode8("_run_code")
      .binPut(7)
      .pop()
      .binGet(0)
      .binGet(7)
      .stackGlobal()
      .emptyTuple()
      .reduce()
      .stop()
      .bytes();
    expect(importsOf(viaMemo)).toEqual(["runpy._run_code STACK_GLOBAL"]);
    const viaProtocol0Memo = new Pickle()
      .proto(2)
      .string("webbrowser")
      .put(3)
      .pop()
      .unicode("open")
      .put(4)
      .pop()
      .get(3)
      .get(4)
      .stackGlobal()
      .stop()
      .bytes();
    expect(importsOf(viaProtocol0Memo)).toEqual(["webbrowser.open STACK_GLOBAL"]);
  });

  it("reads protocol 5 out-of-band buffers and bytearrays without losing the imports after them", () => {
    const bytes = new Pickle()
      .proto(5)
      .byteArray8([1, 2, 3])
      .pop()
      .nextBuffer()
      .readonlyBuffer()
      .pop()
      .binBytes([0, 1])
      .pop()
      .shortBinUnicode("socket")
      .shortBinUnicode("create_connection")
      .stackGlobal()
      .stop()
      .bytes();
    expect(importsOf(bytes)).toEqual(["socket.create_connection STACK_GLOBAL"]);
  });

  it("keeps a STACK_GLOBAL whose operands are not strings as unresolved, not as safe", () => {
    const bytes = new Pickle().proto(4).binInt1(1).binInt1(2).stackGlobal().stop().bytes();
    const scan = scanPickle(bytes);
    expect(scan.imports).toEqual([]);
    expect(scan.unresolved).toEqual([{ opcode: "STACK_GLOBAL", offset: 6 }]);
  });

  it("reads a torch state dict's rebuild functions and storages", () => {
    expect(importsOf(torchStateDict()).map((i) => i.split(" ")[0])).toEqual([
      "collections.OrderedDict",
      "torch._utils._rebuild_tensor_v2",
      "torch.FloatStorage",
      "collections.OrderedDict",
    ]);
    expect(scanPickle(torchStateDict()).malformed).toBeUndefined();
  });

  it("reads back-to-back pickles and stops at the raw bytes after them", () => {
    const two = Uint8Array.from([
      ...new Pickle().proto(2).none().stop().bytes(),
      ...OS_SYSTEM_P0.map((b) => b),
    ]);
    // A protocol 0 pickle after the first does not announce itself: only PROTO-led pickles are read on.
    expect(scanPickle(two).pickles).toBe(1);
    const both = Uint8Array.from([
      ...new Pickle().proto(2).none().stop().bytes(),
      ...stackGlobalCall("os", "system"),
      0xde,
      0xad,
    ]);
    const scan = scanPickle(both);
    expect(scan.pickles).toBe(2);
    expect(scan.imports.map((i) => i.name)).toEqual(["system"]);
  });

  it("reports truncation and garbage with the offset, and keeps what it read before", () => {
    const cut = OS_SYSTEM_P0.subarray(0, OS_SYSTEM_P0.length - 1);
    expect(scanPickle(cut)).toMatchObject({ pickles: 0, malformed: { reason: "the data ends before STOP" } });
    expect(importsOf(cut)).toEqual(["os.system GLOBAL"]);
    expect(scanPickle(Uint8Array.from([0x80, 0x04, 0xff]))).toMatchObject({
      malformed: { offset: 2, reason: "byte 0xff is not a pickle opcode" },
    });
    expect(scanPickle(new Pickle().proto(4).raw(0x8c, 200, 0x41).bytes()).malformed?.reason).toMatch(
      /runs past the end/,
    );
    expect(scanPickle(new Pickle().tuple().stop().bytes()).malformed?.reason).toBe("TUPLE without a MARK");
  });

  it("stops at its caps instead of running away", () => {
    const marks = new Pickle();
    for (let i = 0; i < 5000; i += 1) marks.mark();
    expect(scanPickle(marks.stop().bytes(), { maxStack: 1000 }).truncated?.reason).toMatch(
      /1000 items on the stack/,
    );
    expect(scanPickle(marks.stop().bytes(), { maxOpcodes: 100 }).truncated?.reason).toMatch(/100 opcodes/);
  });
});

describe("import policy", () => {
  it.each([
    ["os", "system", "dangerous"],
    ["posix", "system", "dangerous"],
    ["subprocess", "Popen", "dangerous"],
    ["builtins", "eval", "dangerous"],
    ["__builtin__", "exec", "dangerous"],
    ["runpy", "_run_code", "dangerous"],
    ["webbrowser", "open", "dangerous"],
    ["socket", "socket", "dangerous"],
    ["torch.hub", "load", "dangerous"],
    ["operator", "attrgetter", "dangerous"],
    ["torch._utils", "_rebuild_tensor_v2", "allowed"],
    ["torch", "BFloat16Storage", "allowed"],
    ["collections", "OrderedDict", "allowed"],
    ["numpy.core.multiarray", "_reconstruct", "allowed"],
    ["sklearn.ensemble._forest", "RandomForestClassifier", "allowed"],
    ["sklearn.utils", "some_function", "not-allowed"],
    ["builtins", "print", "not-allowed"],
    ["mypackage.evil", "Payload", "not-allowed"],
  ])("%s.%s is %s", (module, name, verdict) => {
    expect(judgeImport(module, name)).toBe(verdict);
  });
});
