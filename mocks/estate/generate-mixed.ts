// A mixed estate of any size for the benchmark and scale tests: the demo estate's resources of every service of
// both clouds, copied under new names until there are `resources` of them. Copies keep each template's exposure
// and encryption, so the verdicts are the demo's, many times over; same size → same estate.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Estate } from "./schema.js";
import { validateEstate } from "./load.js";

/** A list of resources in an account or subscription, and the fields that name (and so must rename) each one. */
interface ScalableList {
  cloud: "aws" | "azure";
  path: readonly string[];
  names: readonly string[][];
  /** The longest name the service accepts; a copy's name is shortened to fit its suffix. */
  max?: number;
}

// Lists whose every entry is collected as one resource. SageMaker models and endpoint configurations are read
// only through the endpoints that use them, and Bedrock and GuardDuty are per-region settings: they stay as they are.
const SCALABLE: readonly ScalableList[] = [
  { cloud: "aws", path: ["s3", "buckets"], names: [["Name"]] },
  { cloud: "aws", path: ["s3AccessPoints"], names: [["Name"]] },
  { cloud: "aws", path: ["opensearch", "domains"], names: [["DomainStatus", "DomainName"]], max: 28 },
  { cloud: "aws", path: ["opensearchServerless", "collections"], names: [["name"], ["id"]] },
  { cloud: "aws", path: ["sagemaker", "endpoints"], names: [["EndpointName"]] },
  { cloud: "aws", path: ["sagemaker", "notebookInstances"], names: [["NotebookInstanceName"]] },
  { cloud: "aws", path: ["sagemaker", "trainingJobs"], names: [["TrainingJobName"]] },
  { cloud: "aws", path: ["sagemaker", "domains"], names: [["DomainName"], ["DomainId"]] },
  { cloud: "azure", path: ["storageAccounts"], names: [["name"]], max: 24 },
  { cloud: "azure", path: ["searchServices"], names: [["name"]], max: 60 },
  { cloud: "azure", path: ["cognitiveAccounts"], names: [["name"]], max: 64 },
  { cloud: "azure", path: ["mlWorkspaces"], names: [["name"]] },
];

export interface MixedEstateOptions {
  resources: number;
  /** The template estate (YAML); the demo estate by default. */
  templatePath?: string;
}

const DEMO = new URL("../estates/demo.yaml", import.meta.url);

export function generateMixedEstate(opts: MixedEstateOptions): Estate {
  const raw = parse(readFileSync(opts.templatePath ?? DEMO, "utf8")) as RawEstate;
  const owners: Record<string, Record<string, unknown>[]> = {
    aws: raw.aws?.accounts ?? [],
    azure: raw.azure?.subscriptions ?? [],
  };
  // Every (list, template entry) pair, in estate order; copies go round-robin over them.
  const templates: { owner: Record<string, unknown>; list: ScalableList; entry: unknown }[] = [];
  for (const list of SCALABLE)
    for (const owner of owners[list.cloud] ?? []) {
      const entries = at(owner, list.path);
      if (Array.isArray(entries)) for (const entry of entries) templates.push({ owner, list, entry });
    }
  const out = new Map<unknown[], unknown[]>();
  for (const { owner, list } of templates) out.set(at(owner, list.path) as unknown[], []);
  for (let i = 0; i < opts.resources && templates.length > 0; i++) {
    const template = templates[i % templates.length];
    if (!template) continue;
    const target = out.get(at(template.owner, template.list.path) as unknown[]);
    target?.push(renamed(template.entry, template.list, `g${i.toString(36)}`));
  }
  for (const [original, copies] of out) original.splice(0, original.length, ...copies);
  return validateEstate(raw, `generated estate (${opts.resources} resources)`);
}

interface RawEstate {
  aws?: { accounts?: Record<string, unknown>[] };
  azure?: { subscriptions?: Record<string, unknown>[] };
}

function at(value: unknown, path: readonly string[]): unknown {
  let here = value;
  for (const key of path) here = (here as Record<string, unknown> | undefined)?.[key];
  return here;
}

/** The entry with every whole occurrence (not inside a longer name) of its names (in ids, ARNs, policies) given the suffix. */
function renamed(entry: unknown, list: ScalableList, suffix: string): unknown {
  let text = JSON.stringify(entry);
  for (const path of list.names) {
    const name = at(entry, path);
    if (typeof name !== "string" || name === "") continue;
    const base = list.max === undefined ? name : name.slice(0, list.max - suffix.length);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "g"), `${base}${suffix}`);
  }
  return JSON.parse(text);
}
