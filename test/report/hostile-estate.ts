// The demo estate with attacker-controlled text planted where the cloud lets an attacker write it: a tag value,
// a bucket policy Sid, a GuardDuty finding title and a Defender alert description. (Bucket names cannot carry
// markup: S3 allows only [a-z0-9.-]; the emulator's estate schema enforces that too.)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";

export const PAYLOAD = `"><img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>`;

const SUBSTRINGS: Array<[string, string]> = [
  ["PublicReadForLabelingVendor", `javascript:window.__pwned=3 ${PAYLOAD}`],
  ["Amazon S3 Block Public Access was disabled for S3 bucket", `${PAYLOAD} Amazon S3 BPA disabled on`],
  ["A user prompt sent to deployment", `${PAYLOAD} A user prompt sent to deployment`],
];

function plant(value: unknown): unknown {
  if (value === "internal") return `internal${PAYLOAD}`; // data-classification tag values
  if (typeof value === "string") return SUBSTRINGS.reduce((s, [from, to]) => s.replaceAll(from, to), value);
  if (Array.isArray(value)) return value.map(plant);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plant(inner)]));
  return value;
}

/** Writes the hostile estate (JSON) into `dir` and returns its path. */
export function writeHostileEstate(dir: string): string {
  const file = join(dir, "hostile-estate.json");
  writeFileSync(file, JSON.stringify(plant(parse(readFileSync(DEMO_ESTATE, "utf8")))));
  return file;
}
