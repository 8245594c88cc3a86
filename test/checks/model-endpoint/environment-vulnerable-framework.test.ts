import { expect } from "vitest";
import environmentVulnerableFramework from "../../../checks/model-endpoint/environment-vulnerable-framework.js";
import type { DeploymentEnvironment } from "../../../src/model/assets/model-endpoint.js";
import { unknown, type Known } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset } from "../../support/ml-assets.js";

const WS =
  "/subscriptions/6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws";

const deployed = (...environments: Array<Known<DeploymentEnvironment>>) =>
  endpointAsset({
    provider: "azure",
    type: "azure.machinelearning.onlineendpoint",
    name: "scoring",
    variants: environments.map((environment, i) => ({
      name: `d${i}`,
      instanceCount: 2,
      serverless: false,
      shadow: i > 0,
      environment,
    })),
  });

const curated = (name: string): DeploymentEnvironment => ({
  id: `azureml://registries/azureml/environments/${name}/versions/12`,
  curated: { registry: "azureml", name, version: "12" },
});

const conda = (pip: string[], conda: string[] = ["python=3.10"]): DeploymentEnvironment => ({
  id: `${WS}/environments/scorer-env/versions/3`,
  image: "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest",
  condaFile: [
    "name: scorer",
    "dependencies:",
    ...conda.map((c) => `  - ${c}`),
    "  - pip:",
    ...pip.map((p) => `      - ${p}`),
  ].join("\n"),
});

checkTable(environmentVulnerableFramework, {
  valid: [
    {
      name: "conda file pins patched torch and numpy",
      asset: deployed(conda(["torch==2.10.0", "numpy==2.2.0", "azureml-inference-server-http==1.3.0"])),
      messageId: "noAdvisory",
      data: { components: expect.stringContaining("torch 2.10.0 in environment scorer-env:3") },
    },
    {
      name: "curated scikit-learn 1.5 (no advisory on the whole 1.5 line)",
      asset: deployed(curated("sklearn-1.5")),
      messageId: "noAdvisory",
    },
    { name: "endpoint with no deployment", asset: deployed(), messageId: "noDeployment" },
  ],
  invalid: [
    {
      name: "conda file pins torch 1.13.1",
      asset: deployed(conda(["torch==1.13.1", "numpy==2.2.0"])),
      messageId: "vulnerable",
      severity: "critical",
      data: {
        advisories: expect.arrayContaining([
          expect.stringContaining("torch 1.13.1 in environment scorer-env:3"),
        ]),
      },
    },
    {
      name: "conda channel pytorch=1.13.1 (conda name mapped to PyPI torch)",
      asset: deployed(conda(["numpy==2.2.0"], ["python=3.10", "pytorch=1.13.1=py3.10_cuda11.7_0"])),
      messageId: "vulnerable",
    },
    {
      name: "curated acpt-pytorch-2.2: every 2.2 release is below the 2.6.0 fix",
      asset: deployed(curated("acpt-pytorch-2.2-cuda12.1")),
      messageId: "vulnerable",
      data: { advisories: expect.arrayContaining([expect.stringContaining("torch 2.2.*")]) },
    },
    {
      name: "a staged deployment on a vulnerable environment fails the endpoint too",
      asset: deployed(conda(["torch==2.10.0"]), curated("acpt-pytorch-1.13-cuda11.7")),
      messageId: "vulnerable",
    },
  ],
  unknown: [
    {
      name: "environment version not readable",
      asset: deployed(unknown("EnvironmentVersions_Get failed: AuthorizationFailed")),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringContaining("AuthorizationFailed")] },
    },
    {
      name: "curated name outside the table",
      asset: deployed(curated("minimal-ubuntu22.04-py39-cpu-inference")),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringContaining("not in the table")] },
    },
    {
      name: "torch not pinned to one version",
      asset: deployed(conda(["torch>=1.13"])),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringContaining("torch>=1.13 is not pinned")] },
    },
    {
      name: "conda file pins no AI package: the image decides, and it is not read",
      asset: deployed(conda(["azureml-defaults==1.57.0"])),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringContaining("pins no AI package")] },
    },
    {
      name: "image only, no conda file",
      asset: deployed({ id: `${WS}/environments/img/versions/1`, image: "myacr.azurecr.io/scorer:1" }),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringContaining("image's contents are not read")] },
    },
    {
      name: "conda file that is not YAML",
      asset: deployed({ id: `${WS}/environments/bad/versions/1`, condaFile: "dependencies: [unclosed" }),
      messageId: "cannotJudge",
      data: { reasons: [expect.stringContaining("not valid YAML")] },
    },
    {
      name: "deployments not listed",
      asset: endpointAsset({
        provider: "azure",
        variants: unknown("OnlineDeployments_List failed: Throttled"),
      }),
      messageId: "cannotTell",
    },
  ],
});
