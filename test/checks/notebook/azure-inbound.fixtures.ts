// Azure ML compute instances, shared by the notebook.public-ip and notebook.ssh-public tables.
import { unknown } from "../../../src/model/known.js";
import { notebookAsset } from "../../support/ml-assets.js";

export const DENIED = unknown("Compute_List failed: AuthorizationFailed");

export const ci = (publicIpOn: boolean, ssh: boolean) =>
  notebookAsset({
    provider: "azure",
    type: "azure.machinelearning.computeinstance",
    name: "ci-dev",
    inboundAccess: {
      publicIp: publicIpOn,
      ssh,
      detail: `${publicIpOn ? "public IP (enableNodePublicIp true)" : "no public IP"}; public SSH ${ssh ? "enabled" : "disabled"}`,
    },
  });
