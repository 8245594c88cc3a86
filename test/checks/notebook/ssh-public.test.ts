// notebook.ssh-public, asked of Azure ML compute instances (SageMaker notebooks have no inbound path and always
// pass).
import sshPublic from "../../../checks/notebook/ssh-public.js";
import { checkTable } from "../../support/check-table.js";
import { notebookAsset } from "../../support/ml-assets.js";
import { DENIED, ci } from "./azure-inbound.fixtures.js";

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
