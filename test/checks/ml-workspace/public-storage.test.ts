// ml-workspace.public-storage: a workspace → its default storage account (uses-storage), judged on public read
// and on whether public blob access is allowed at all.
import check from "../../../checks/ml-workspace/public-storage.js";
import { unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { storageAsset } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { workspaceAsset } from "../../support/ml-assets.js";

const ACCOUNT =
  "/subscriptions/6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f/resourceGroups/ml-rg/providers/Microsoft.Storage/storageAccounts/mlstore";
const workspace = workspaceAsset({
  provider: "azure",
  type: "azure.machinelearning.workspace",
  name: "ml-ws",
  relations: [{ type: RELATION.usesStorage, target: ACCOUNT, detail: "default storage account" }],
});
const PREVENTED = {
  enforced: true,
  settings: { allowBlobPublicAccess: false },
  detail: "allowBlobPublicAccess false",
};
const ALLOWED = {
  enforced: false,
  settings: { allowBlobPublicAccess: true },
  detail: "allowBlobPublicAccess true",
};
// Ids compare case-insensitively: ARM returns the storage account id in its own case.
const account = (overrides: Parameters<typeof storageAsset>[0]) =>
  storageAsset({
    id: ACCOUNT.toUpperCase(),
    name: "mlstore",
    provider: "azure",
    publicAccessPrevention: PREVENTED,
    ...overrides,
  });

checkTable(check, {
  valid: [
    {
      name: "private account that disallows public blob access",
      messageId: "chainNotPublic",
      asset: workspace,
      neighbours: [account({})],
    },
    { name: "no storage relation", messageId: "noStorage", asset: workspaceAsset({ provider: "azure" }) },
  ],
  invalid: [
    {
      name: "publicly readable account",
      asset: workspace,
      neighbours: [
        account({
          publicRead: { public: true, reasons: ["container labeling-exports allows anonymous reads"] },
          publicAccessPrevention: ALLOWED,
        }),
      ],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "ml-workspace", name: "ml-ws" },
          { kind: "storage", name: "mlstore" },
        ],
      },
      severity: "high",
    },
    {
      name: "no public container yet, but public blob access allowed",
      asset: workspace,
      neighbours: [account({ publicAccessPrevention: ALLOWED })],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "ml-workspace", name: "ml-ws" },
          { kind: "storage", name: "mlstore" },
        ],
      },
    },
  ],
  unknown: [
    {
      name: "account not in the scan",
      asset: workspace,
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "ml-workspace", name: "ml-ws" },
          { kind: "outside-scan", name: "mlstore" },
        ],
      },
    },
    {
      name: "prevention unreadable",
      asset: workspace,
      neighbours: [
        account({ publicAccessPrevention: unknown("StorageAccounts_List failed: AuthorizationFailed") }),
      ],
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "ml-workspace", name: "ml-ws" },
          { kind: "storage", name: "mlstore" },
        ],
      },
    },
  ],
});
