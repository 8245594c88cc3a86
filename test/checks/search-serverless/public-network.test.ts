import publicNetwork from "../../../checks/search-serverless/public-network.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { collectionAsset, privateAccess } from "../search/opensearch-assets.js";
import { publicAccess } from "./fixtures.js";

checkTable(publicNetwork, {
  valid: [{ name: "VPC endpoint only", messageId: "private", asset: collectionAsset() }],
  invalid: [
    {
      name: "collection endpoint public",
      asset: collectionAsset({
        network: { collection: publicAccess("collection endpoint"), dashboards: publicAccess("dashboards") },
      }),
      messageId: "public",
      data: {
        collection: {
          public: true,
          policies: ["open"],
          vpcEndpoints: [],
          services: [],
          detail: 'collection endpoint allows access from the public internet (network policy "open")',
        },
      },
      severity: "high",
    },
    {
      name: "collection endpoint public, phi",
      asset: collectionAsset({
        dataClassification: "phi",
        network: { collection: publicAccess("collection endpoint"), dashboards: privateAccess("dashboards") },
      }),
      messageId: "public",
      data: {
        collection: {
          public: true,
          policies: ["open"],
          vpcEndpoints: [],
          services: [],
          detail: 'collection endpoint allows access from the public internet (network policy "open")',
        },
      },
      severity: "critical",
    },
    {
      name: "only the dashboards public",
      asset: collectionAsset({
        network: { collection: privateAccess("collection endpoint"), dashboards: publicAccess("dashboards") },
      }),
      messageId: "dashboardsPublic",
      data: {
        dashboards: {
          public: true,
          policies: ["open"],
          vpcEndpoints: [],
          services: [],
          detail: 'dashboards allows access from the public internet (network policy "open")',
        },
      },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "a network policy could not be read",
      asset: collectionAsset({
        network: unknown(
          'collection endpoint: network policy "x" could not be read and may allow public access',
        ),
      }),
      messageId: "cannotTell",
      data: {
        reason: 'collection endpoint: network policy "x" could not be read and may allow public access',
      },
    },
  ],
});
