// A throw-away TLS certificate for local HTTPS servers (the webhook receiver), made with node:crypto alone: an
// EC P-256 key and a self-signed X.509 v3 certificate for 127.0.0.1 and localhost, DER-encoded by hand
// (RFC 5280 structure). Clients trust it by passing `ca: cert`; nothing is written to disk.
import { createPrivateKey, generateKeyPairSync, randomBytes, sign } from "node:crypto";

export interface ThrowawayCertificate {
  /** PEM certificate: give it to clients as their `ca`. */
  cert: string;
  /** PEM private key (PKCS#8). */
  key: string;
}

function der(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length =
    n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

const seq = (...parts: Buffer[]) => der(0x30, Buffer.concat(parts));

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
  return der(0x17, Buffer.from(text, "ascii"));
}

const ECDSA_SHA256 = "1.2.840.10045.4.3.2";

export function throwawayCertificate(commonName = "aiposture emulator"): ThrowawayCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const name = seq(der(0x31, seq(oid("2.5.4.3"), der(0x0c, Buffer.from(commonName)))));
  const serial = randomBytes(16);
  // Positive and minimal (DER forbids a leading zero byte before a byte below 0x80).
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  const now = Date.now();
  const subjectAltName = seq(
    oid("2.5.29.17"),
    der(0x04, seq(der(0x87, Buffer.from([127, 0, 0, 1])), der(0x82, Buffer.from("localhost")))),
  );
  const basicConstraints = seq(
    oid("2.5.29.19"),
    der(0x01, Buffer.from([0xff])),
    der(0x04, seq(der(0x01, Buffer.from([0xff])))),
  );
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, serial),
    seq(oid(ECDSA_SHA256)),
    name,
    seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 30 * 86_400_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    der(0xa3, seq(subjectAltName, basicConstraints)),
  );
  const signature = sign("sha256", tbs, privateKey);
  const certificate = seq(
    tbs,
    seq(oid(ECDSA_SHA256)),
    der(0x03, Buffer.concat([Buffer.from([0]), signature])),
  );
  const body = certificate.toString("base64").replace(/(.{64})/g, "$1\n");
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${body.trimEnd()}\n-----END CERTIFICATE-----\n`,
    key: createPrivateKey(privateKey.export({ type: "pkcs8", format: "pem" })).export({
      type: "pkcs8",
      format: "pem",
    }) as string,
  };
}
