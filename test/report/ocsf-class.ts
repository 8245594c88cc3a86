// Checks one OCSF event against the class facts in test/schemas (required attributes, types, enum ids, and the
// type_uid = class_uid × 100 + activity_id rule). Returns the problems, empty when the event conforms.
import { readFileSync } from "node:fs";

interface ObjectFacts {
  required?: string[];
  atLeastOne?: string[];
  types: Record<string, string>;
  enums?: Record<string, number[]>;
}

const facts = JSON.parse(
  readFileSync(new URL("../schemas/ocsf-1.5.0-detection-finding.json", import.meta.url), "utf8"),
) as {
  class: ObjectFacts & { class_uid: number; category_uid: number; activity_id: number[] };
  objects: Record<string, ObjectFacts>;
};

/** Which object definition an attribute holds. */
const OBJECT_OF: Record<string, string> = {
  finding_info: "finding_info",
  metadata: "metadata",
  product: "product",
  cloud: "cloud",
  account: "account",
  resources: "resource_details",
  compliance: "compliance",
  remediation: "remediation",
};

export function ocsfProblems(event: Record<string, unknown>): string[] {
  const problems = checkObject("event", event, facts.class);
  if (event.class_uid !== facts.class.class_uid) problems.push(`class_uid ${String(event.class_uid)}`);
  if (event.category_uid !== facts.class.category_uid)
    problems.push(`category_uid ${String(event.category_uid)}`);
  if (!facts.class.activity_id.includes(event.activity_id as number)) problems.push("activity_id");
  if (event.type_uid !== (event.class_uid as number) * 100 + (event.activity_id as number))
    problems.push("type_uid");
  return problems;
}

function checkObject(path: string, value: Record<string, unknown>, spec: ObjectFacts): string[] {
  const problems: string[] = [];
  for (const name of spec.required ?? [])
    if (value[name] === undefined) problems.push(`${path}.${name} is required`);
  if (spec.atLeastOne && !spec.atLeastOne.some((name) => value[name] !== undefined))
    problems.push(`${path} needs one of ${spec.atLeastOne.join(", ")}`);
  for (const [name, attr] of Object.entries(value)) {
    const type = spec.types[name];
    if (!type) {
      problems.push(`${path}.${name} is not an attribute of this object`);
      continue;
    }
    if (!hasType(attr, type)) problems.push(`${path}.${name} should be ${type}`);
    const allowed = spec.enums?.[name];
    if (allowed && !allowed.includes(attr as number))
      problems.push(`${path}.${name}=${String(attr)} not in its enum`);
    const object = OBJECT_OF[name];
    if (object && facts.objects[object]) {
      const items = Array.isArray(attr) ? attr : [attr];
      for (const item of items)
        problems.push(
          ...checkObject(`${path}.${name}`, item as Record<string, unknown>, facts.objects[object]),
        );
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "integer":
      return Number.isInteger(value);
    case "string":
      return typeof value === "string";
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return false;
  }
}
