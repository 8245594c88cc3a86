import { describe, expect, it } from "vitest";
import { judgeModel } from "../../src/approved-models/match.js";
import { POLICY } from "./policy.fixtures.js";

describe("judgeModel", () => {
  it("approves by name glob, any version when the entry lists none", () => {
    expect(judgeModel(POLICY, { name: "text-embedding-3-small", version: "1", format: "openai" })).toEqual({
      approved: true,
      entry: POLICY.models[1],
    });
  });

  it("holds every qualifier an entry sets against what the deployment carries", () => {
    // The entry sets a format: a model that carries none (an Azure ML model) does not match it.
    expect(judgeModel(POLICY, { name: "gpt-4o", version: "2024-08-06" })).toEqual({
      approved: false,
      why: "not on the approved list",
    });
    expect(judgeModel(POLICY, { name: "credit-scoring", registry: "contoso-ml" }).approved).toBe(true);
  });

  it("refuses a registry that is not allowed before looking at the model", () => {
    expect(judgeModel(POLICY, { name: "Phi-4", version: "7", registry: "other" })).toEqual({
      approved: false,
      why: "registry other is not an allowed registry (azureml, contoso-*)",
    });
    expect(
      judgeModel({ ...POLICY, registries: [] }, { name: "Phi-4", version: "7", registry: "azureml" }),
    ).toMatchObject({ approved: false, why: expect.stringMatching(/none allowed/) });
    expect(
      judgeModel({ file: "f", models: [{ name: "*" }] }, { name: "x", registry: "anything" }).approved,
    ).toBe(true);
  });

  it("is linear on hostile globs", () => {
    const policy = { file: "f", models: [{ name: `${"*a".repeat(40)}b` }] };
    expect(judgeModel(policy, { name: "a".repeat(5000) }).approved).toBe(false);
  });
});
