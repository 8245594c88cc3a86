// Judges a container image against the advisory snapshot: vulnerable (a named component has an advisory), clear
// (every named component is covered by the snapshot and has none), or unknown (something cannot be judged).
import { identifyImage, type ImageComponent } from "./container-image.js";
import { findAdvisories, findingSeverity, type Advisory } from "./advisories.js";
import { activeAdvisoryDatabase, type AdvisoryDatabase } from "./advisory-database.js";
import type { Severity } from "../model/severity.js";

export interface ComponentAdvisory {
  component: ImageComponent;
  advisory: Advisory;
}

export type ImageVerdict =
  | {
      status: "vulnerable";
      image: string;
      components: ImageComponent[];
      matches: ComponentAdvisory[];
      severity: Severity;
      /** A custom image judged from its registry's scan: the findings on AI packages, one line each. */
      registryFindings?: string[];
    }
  | { status: "clear"; image: string; components: ImageComponent[]; reviewed: string }
  | { status: "unknown"; image: string; reason: string; components: ImageComponent[] };

/** The PyPI package each component an image tag names is installed as; absent: not a PyPI package. */
export const COMPONENT_PACKAGES: Readonly<Record<string, string>> = {
  pytorch: "torch",
  tensorflow: "tensorflow",
  transformers: "transformers",
  vllm: "vllm",
  deepspeed: "deepspeed",
  mxnet: "mxnet",
  autogluon: "autogluon",
  optimum: "optimum",
  "tensorrt-llm": "tensorrt-llm",
};

export function judgeImage(image: string, db: AdvisoryDatabase = activeAdvisoryDatabase()): ImageVerdict {
  const identity = identifyImage(image);
  if (!identity.recognized) return { status: "unknown", image, reason: identity.reason, components: [] };
  return judgeComponents(image, identity.components, db);
}

/** Judges components read from anywhere (an image tag, an image's package list, an environment definition). */
export function judgeComponents(
  image: string,
  components: ImageComponent[],
  db: AdvisoryDatabase = activeAdvisoryDatabase(),
): ImageVerdict {
  const matches: ComponentAdvisory[] = [];
  const reasons: string[] = [];
  for (const component of components) {
    const packageName = COMPONENT_PACKAGES[component.name] ?? component.name;
    const verdict = findAdvisories(packageName, component.version, db);
    if (verdict.status === "unknown") reasons.push(verdict.reason);
    else for (const advisory of verdict.advisories) matches.push({ component, advisory });
  }
  if (matches.length > 0)
    return {
      status: "vulnerable",
      image,
      components,
      matches,
      severity: findingSeverity(matches.map((m) => m.advisory)),
    };
  if (reasons.length > 0) return { status: "unknown", image, components, reason: reasons.join("; ") };
  return { status: "clear", image, components, reviewed: db.asOf };
}

export function describe(component: ImageComponent): string {
  return `${component.name} ${component.version}`;
}
