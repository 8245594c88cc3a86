import publicNetworkAccess from "../../../checks/storage/public-network-access.js";
import { azureStorageAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(publicNetworkAccess, {
  valid: [
    { name: "public network access disabled", messageId: "restricted", asset: azureStorageAsset() },
    {
      name: "firewall denies by default",
      messageId: "restricted",
      asset: azureStorageAsset({
        networkExposure: { public: false, detail: "the firewall denies by default and admits 1 IP range(s)" },
      }),
    },
  ],
  invalid: [
    {
      name: "enabled with default Allow",
      asset: azureStorageAsset({
        networkExposure: { public: true, detail: "the firewall allows every network by default" },
      }),
      messageId: "anyNetwork",
      data: { detail: "the firewall allows every network by default" },
      severity: "medium",
    },
    {
      name: "phi data raises the severity",
      asset: azureStorageAsset({
        dataClassification: "phi",
        networkExposure: { public: true, detail: "the firewall allows every network by default" },
      }),
      messageId: "anyNetwork",
      data: { detail: "the firewall allows every network by default" },
      severity: "high",
    },
  ],
  unknown: [
    {
      name: "not reported",
      messageId: "cannotTell",
      asset: azureStorageAsset({ networkExposure: undefined }),
    },
  ],
});
