// model-endpoint.public-network and model-endpoint.key-auth: Azure ML online endpoints only.
// Shared by the tables of this folder's checks.
import { unknown } from "../../../src/model/known.js";
import { endpointAsset } from "../../support/ml-assets.js";

export const DENIED = unknown("OnlineEndpoints_List failed: AuthorizationFailed");

export const online = (publicNet: boolean, method: string) =>
  endpointAsset({
    provider: "azure",
    type: "azure.machinelearning.onlineendpoint",
    name: "scoring",
    networkAccess: {
      publicNetwork: publicNet,
      detail: `publicNetworkAccess ${publicNet ? "Enabled" : "Disabled"}`,
    },
    authentication: { required: true, methods: [method], detail: `authMode ${method}` },
  });
