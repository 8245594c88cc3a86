// Judges an Azure ML environment against the advisory snapshot: a curated one by the framework line its name
// documents, a workspace environment by the AI packages its conda file pins. The image of a workspace
// environment is not read, so a conda file that pins no AI package leaves the environment unknown.
import type { DeploymentEnvironment } from "../../model/assets/model-endpoint.js";
import { activeAdvisoryDatabase, type AdvisoryDatabase } from "../advisory-database.js";
import { judgeComponents, type ImageVerdict } from "../judge.js";
import { condaPins } from "./conda-pins.js";
import { curatedFramework } from "./curated-environments.js";
import { normalizePackageName } from "../osv/match.js";

export function environmentLabel(env: DeploymentEnvironment): string {
  if (env.curated)
    return `curated environment ${env.curated.name}:${env.curated.version} (${env.curated.registry})`;
  const match = /\/environments\/([^/]+)\/versions\/([^/]+)$/i.exec(env.id);
  return match ? `environment ${match[1]}:${match[2]}` : `environment ${env.id}`;
}

export function judgeEnvironment(
  env: DeploymentEnvironment,
  db: AdvisoryDatabase = activeAdvisoryDatabase(),
): ImageVerdict {
  const label = environmentLabel(env);
  if (env.curated) return judgeCurated(label, env.curated.name, db);
  if (!env.condaFile)
    return {
      status: "unknown",
      image: label,
      components: [],
      reason: env.image
        ? `it runs image ${env.image} with no conda file, and the image's contents are not read`
        : "it names neither a conda file nor an image",
    };
  const pins = condaPins(env.condaFile);
  if ("error" in pins) return { status: "unknown", image: label, components: [], reason: pins.error };
  const verdict = judgeComponents(label, pins.pinned, db);
  if (verdict.status === "vulnerable") return verdict;
  const gaps = [
    ...(verdict.status === "unknown" ? [verdict.reason] : []),
    ...pins.unpinned.map((spec) => `${spec} is not pinned to one version`),
  ];
  if (pins.pinned.length === 0 && gaps.length === 0)
    gaps.push(
      `its conda file pins no AI package, and the contents of ${env.image ? `image ${env.image}` : "its base image"} are not read`,
    );
  if (gaps.length > 0)
    return { status: "unknown", image: label, components: pins.pinned, reason: gaps.join("; ") };
  return verdict;
}

/**
 * The name gives major.minor only: the line is judged at its first release, a far patch release, and every
 * version inside the line where an advisory's range starts or ends. An advisory is reported only when it covers
 * every one of those; when they disagree the patch release decides, which the name does not say.
 */
function judgeCurated(label: string, name: string, db: AdvisoryDatabase): ImageVerdict {
  const framework = curatedFramework(name);
  if ("reason" in framework)
    return { status: "unknown", image: label, components: [], reason: framework.reason };
  const line = { name: framework.package, version: `${framework.minor}.*` };
  const verdicts = linePoints(framework.package, framework.minor, db).map((version) =>
    judgeComponents(label, [{ name: framework.package, version }], db),
  );
  const unjudged = verdicts.find((v) => v.status === "unknown");
  if (unjudged?.status === "unknown") return { ...unjudged, components: [line] };
  if (verdicts.every((v) => v.status === "clear"))
    return { ...verdicts[0]!, components: [line] } as ImageVerdict;
  if (verdicts.every((v) => v.status === "vulnerable")) {
    const everywhere = (id: string) =>
      verdicts.every((v) => v.status === "vulnerable" && v.matches.some((m) => m.advisory.id === id));
    const first = verdicts[0];
    if (first?.status === "vulnerable") {
      const matches = first.matches
        .filter((m) => everywhere(m.advisory.id))
        .map((m) => ({ ...m, component: line }));
      if (matches.length > 0) return { ...first, components: [line], matches };
    }
  }
  return {
    status: "unknown",
    image: label,
    components: [line],
    reason: `whether ${framework.package} ${framework.minor} has an advisory depends on its patch release, which the curated environment's name does not give`,
  };
}

/** The versions of one major.minor line worth judging: its ends and every advisory range event inside it. */
function linePoints(packageName: string, minor: string, db: AdvisoryDatabase): string[] {
  const points = new Set([`${minor}.0`, `${minor}.9999`]);
  for (const record of db.byPackage.get(normalizePackageName(packageName)) ?? [])
    for (const affected of record.affected ?? [])
      for (const range of affected.ranges ?? [])
        for (const event of range.events)
          for (const version of Object.values(event))
            if (typeof version === "string" && version.startsWith(`${minor}.`)) points.add(version);
  return [...points];
}
