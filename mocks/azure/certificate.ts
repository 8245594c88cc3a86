// A throw-away self-signed TLS certificate for the emulated Azure Resource Manager, built in-process: node's
// crypto makes the P-256 key and the ECDSA signature, and a few lines of DER encoding (RFC 5280) make the
// certificate. No openssl binary and no dependency, so `aiposture demo` works anywhere Node 20 does.
// The Azure SDK refuses bearer tokens over plain HTTP, hence HTTPS; clients trust this certificate only for
// the emulator's endpoint (see providers/azure/clients.ts), never process-wide.
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

export interface ThrowAwayCertificate {
  /** PEM certificate: both the server certificate and the only CA a client needs to trust. */
  cert: string;
  /** PEM PKCS#8 private key. */
  key: string;
}

export function createSelfSignedCertificate(commonName = "aiposture emulated Azure Resource Manager") {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const now = Date.now();
  const name = seq(set(seq(oid("2.5.4.3"), tlv(0x0c, Buffer.from(commonName, "utf8")))));
  const algorithm = seq(oid(ECDSA_WITH_SHA256));
  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))), // version v3
    integer(randomBytes(16)),
    algorithm,
    name,
    seq(utcTime(new Date(now - 60_000)), utcTime(new Date(now + 7 * 24 * 3600_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    tlv(0xa3, seq(...extensions())),
  );
  const signature = sign("sha256", tbs, privateKey);
  const der = seq(tbs, algorithm, bitString(signature));
  return {
    cert: pem("CERTIFICATE", der),
    key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  } satisfies ThrowAwayCertificate;
}

const ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";

/** Valid for 127.0.0.1, ::1 and localhost; its own CA; a TLS server certificate. */
function extensions(): Buffer[] {
  const altNames = seq(
    tlv(0x87, Buffer.from([127, 0, 0, 1])),
    tlv(0x87, Buffer.concat([Buffer.alloc(15), Buffer.from([1])])),
    tlv(0x82, Buffer.from("localhost", "ascii")),
  );
  const critical = tlv(0x01, Buffer.from([0xff]));
  return [
    seq(oid("2.5.29.17"), octets(altNames)),
    seq(oid("2.5.29.19"), critical, octets(seq(tlv(0x01, Buffer.from([0xff]))))),
    // digitalSignature (bit 0) and keyCertSign (bit 5): 0b10000100, two unused bits.
    seq(oid("2.5.29.15"), critical, octets(tlv(0x03, Buffer.from([2, 0x84])))),
    seq(oid("2.5.29.37"), octets(seq(oid("1.3.6.1.5.5.7.3.1")))),
  ];
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function seq(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

function set(...items: Buffer[]): Buffer {
  return tlv(0x31, Buffer.concat(items));
}

function octets(content: Buffer): Buffer {
  return tlv(0x04, content);
}

function bitString(content: Buffer): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([0]), content]));
}

/** A positive INTEGER: a leading zero keeps the high bit from reading as a sign. */
function integer(value: Buffer): Buffer {
  let bytes = value;
  while (bytes.length > 1 && bytes[0] === 0 && (bytes[1] ?? 0) < 0x80) bytes = bytes.subarray(1);
  return tlv(0x02, (bytes[0] ?? 0) >= 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number);
  const out = [first * 40 + second];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let v = arc >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
  return tlv(0x17, Buffer.from(text, "ascii"));
}

function pem(label: string, der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
