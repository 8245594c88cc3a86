// Azure ML online endpoints, shared by the model-endpoint.public-network and model-endpoint.key-auth tables.
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
