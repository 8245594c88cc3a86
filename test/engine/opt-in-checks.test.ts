import { describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../checks/index.js";
import { optedInChecks } from "../../src/engine/opt-in-checks.js";

const ARTIFACT_CHECKS = ["graph.unsafe-model-public-endpoint", "model.unsafe-serialization"];
const APPROVED_MODEL_CHECKS = [
  "agent.approved-model",
  "ai-service.approved-models",
  "model-endpoint.approved-models",
];
const POLICY = { file: "models.yaml", models: [{ name: "gpt-4o" }] };
const ids = (checks: readonly { id: string }[]) => checks.map((c) => c.id);

describe("opt-in checks", () => {
  it("do not run without their flag, so unread artifacts never read as unknown verdicts", () => {
    const { run, notRun } = optedInChecks(ALL_CHECKS, {});
    expect(ids(notRun).sort()).toEqual([...APPROVED_MODEL_CHECKS, ...ARTIFACT_CHECKS].sort());
    expect(ids(run)).not.toEqual(expect.arrayContaining([ARTIFACT_CHECKS[0]]));
    expect(run.length + notRun.length).toBe(ALL_CHECKS.length);
  });

  it("run with their flag, and on a saved inventory (which holds whatever its scan read)", () => {
    expect(ids(optedInChecks(ALL_CHECKS, { scanArtifacts: true }).notRun).sort()).toEqual(
      APPROVED_MODEL_CHECKS,
    );
    expect(ids(optedInChecks(ALL_CHECKS, { fromInventory: "inventory.json" }).notRun).sort()).toEqual(
      APPROVED_MODEL_CHECKS,
    );
  });

  it("a check that judges against a user input runs only when the input was loaded, saved inventory or not", () => {
    const flags = { approvedModels: "models.yaml", fromInventory: "inventory.json" };
    expect(ids(optedInChecks(ALL_CHECKS, flags).notRun).sort()).toEqual(APPROVED_MODEL_CHECKS);
    expect(optedInChecks(ALL_CHECKS, flags, { approvedModels: POLICY }).notRun).toEqual([]);
  });

  it("a flag given as anything but true does not opt in", () => {
    expect(ids(optedInChecks(ALL_CHECKS, { scanArtifacts: "yes" }).notRun).sort()).toEqual(
      [...APPROVED_MODEL_CHECKS, ...ARTIFACT_CHECKS].sort(),
    );
  });
});
