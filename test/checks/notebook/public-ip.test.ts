// notebook.public-ip, asked of Azure ML compute instances (SageMaker notebooks have no inbound path and always
// pass).
import publicIp from "../../../checks/notebook/public-ip.js";
import { checkTable } from "../../support/check-table.js";
import { notebookAsset } from "../../support/ml-assets.js";
import { DENIED, ci } from "./azure-inbound.fixtures.js";

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
