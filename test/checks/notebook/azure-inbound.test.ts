// notebook.public-ip and notebook.ssh-public, asked of Azure ML compute instances (SageMaker notebooks have no
// inbound path and always pass).
import publicIp from "../../../checks/notebook/public-ip.js";
import sshPublic from "../../../checks/notebook/ssh-public.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { notebookAsset } from "../../support/ml-assets.js";

const DENIED = unknown("Compute_List failed: AuthorizationFailed");
const ci = (publicIpOn: boolean, ssh: boolean) =>
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

checkTable(publicIp, {
  valid: [
    { name: "SageMaker notebook (no inbound path)", messageId: "noPublicIp", asset: notebookAsset() },
    { name: "compute instance without public IP", messageId: "noPublicIp", asset: ci(false, false) },
  ],
  invalid: [
    {
      name: "compute instance with public IP",
      asset: ci(true, false),
      messageId: "publicIp",
      data: { detail: "public IP (enableNodePublicIp true); public SSH disabled" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      asset: notebookAsset({ inboundAccess: DENIED }),
      messageId: "cannotTell",
      data: { reason: "Compute_List failed: AuthorizationFailed" },
    },
  ],
});

checkTable(sshPublic, {
  valid: [
    { name: "SSH closed", messageId: "sshClosed", asset: ci(true, false) },
    { name: "SageMaker notebook", messageId: "sshClosed", asset: notebookAsset() },
  ],
  invalid: [
    {
      name: "public SSH",
      asset: ci(true, true),
      messageId: "sshOpen",
      data: { detail: "public IP (enableNodePublicIp true); public SSH enabled" },
      severity: "high",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      asset: notebookAsset({ inboundAccess: DENIED }),
      messageId: "cannotTell",
      data: { reason: "Compute_List failed: AuthorizationFailed" },
    },
  ],
});
