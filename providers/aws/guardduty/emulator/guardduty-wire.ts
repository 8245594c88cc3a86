// GuardDuty's wire names are its members' names with a lower-case first letter (the model's jsonName traits),
// except the few listed below. The estate holds the CLI's PascalCase shapes; this turns them into the wire form.
// Maps (tags, AffectedResources, anomaly profiles) keep their keys as given: they are data, not member names.

/** Members whose jsonName is not simply the lower-cased first letter (from the SDK's schema). */
const JSON_NAMES: Record<string, string> = {
  DNSLogs: "dnsLogs",
  SourceIps: "sourceIPs",
  Latitude: "lat",
  Longitude: "lon",
  TaskCreatedAt: "createdAt",
  KubernetesResourcesTypes: "type",
  ProductType: "productCodeType",
};

/** Map-typed members: their object value's keys are data. Anomaly profiles are nested maps, kept verbatim. */
const MAP_MEMBERS = new Set(["Tags", "AffectedResources"]);
const VERBATIM_MEMBERS = new Set(["Profiles", "Behavior"]);

export function toWire(value: unknown, member?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => toWire(item));
  if (!value || typeof value !== "object") return value;
  if (member && VERBATIM_MEMBERS.has(member)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (member && MAP_MEMBERS.has(member)) out[key] = inner;
    else out[wireName(key)] = toWire(inner, key);
  }
  return out;
}

export function wireName(member: string): string {
  return JSON_NAMES[member] ?? member.charAt(0).toLowerCase() + member.slice(1);
}
