// Judges a container image against the advisory table: vulnerable (a named component is in an affected range),
// clear (every named component is tracked and outside every range), or unknown (the table cannot judge it).
import { ADVISORIES, REVIEWED, isTrackedFramework, type Advisory } from "./advisories.js";
import { identifyImage, type ImageComponent } from "./container-image.js";
import { inRange, parseVersion } from "./versions.js";

export interface ComponentAdvisory {
  component: ImageComponent;
  advisory: Advisory;
}

export type ImageVerdict =
  | { status: "vulnerable"; image: string; components: ImageComponent[]; matches: ComponentAdvisory[] }
  | { status: "clear"; image: string; components: ImageComponent[]; reviewed: string }
  | { status: "unknown"; image: string; reason: string; components: ImageComponent[] };

export function judgeImage(image: string, advisories: readonly Advisory[] = ADVISORIES): ImageVerdict {
  const identity = identifyImage(image);
  if (!identity.recognized) return { status: "unknown", image, reason: identity.reason, components: [] };
  const { components } = identity;
  const matches: ComponentAdvisory[] = [];
  const untracked: ImageComponent[] = [];
  for (const component of components) {
    if (!isTrackedFramework(component.name)) {
      untracked.push(component);
      continue;
    }
    const version = parseVersion(component.version);
    if (!version) {
      return {
        status: "unknown",
        image,
        components,
        reason: `${component.name} version "${component.version}" is not a dotted version`,
      };
    }
    for (const advisory of advisories) {
      if (advisory.framework !== component.name) continue;
      if (advisory.affected.some((range) => inRange(version, range.introduced, range.fixed)))
        matches.push({ component, advisory });
    }
  }
  if (matches.length > 0) return { status: "vulnerable", image, components, matches };
  if (untracked.length > 0) {
    return {
      status: "unknown",
      image,
      components,
      reason: `the advisory table does not track ${untracked.map(describe).join(", ")}`,
    };
  }
  return { status: "clear", image, components, reviewed: REVIEWED };
}

export function describe(component: ImageComponent): string {
  return `${component.name} ${component.version}`;
}
