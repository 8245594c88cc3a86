// A DescribeNotebookInstance reply → notebook asset.
import type { NotebookAsset } from "../../../src/model/assets/notebook.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";
import type { ReplyReader } from "../replies.js";
import {
  baseOf,
  fromReply,
  keyOwnerOf,
  subnetRelations,
  volumeEncryption,
  vpcPlacement,
} from "./normalize-common.js";

interface NotebookReply {
  NotebookInstanceStatus?: string;
  InstanceType?: string;
  SubnetId?: string;
  SecurityGroups?: string[];
  RoleArn?: string;
  KmsKeyId?: string;
  DirectInternetAccess?: string;
  RootAccess?: string;
  PlatformIdentifier?: string;
}

export function normalizeNotebook(record: InventoryRecord, read: ReplyReader): NotebookAsset {
  const reply = read<NotebookReply>(record, "DescribeNotebookInstance");
  const known = fromReply(reply);
  const notebook = isUnknown(reply) ? undefined : (reply ?? {});
  const subnets = notebook?.SubnetId ? [notebook.SubnetId] : [];
  const asset: NotebookAsset = {
    ...baseOf(record, "aws.sagemaker.notebook-instance"),
    kind: "notebook",
    ...(notebook?.NotebookInstanceStatus ? { status: notebook.NotebookInstanceStatus } : {}),
    ...(notebook?.InstanceType ? { instanceType: notebook.InstanceType } : {}),
    internetAccess: known(internetAccess),
    // RootAccess defaults to Enabled (CreateNotebookInstance).
    rootAccess: known((n) =>
      n.RootAccess === "Disabled"
        ? { enabled: false, detail: "RootAccess Disabled" }
        : { enabled: true, detail: `RootAccess ${n.RootAccess ?? "not reported (the default is Enabled)"}` },
    ),
    inboundAccess: {
      publicIp: false,
      ssh: false,
      detail:
        "notebook instances accept no inbound connections; users reach Jupyter through presigned URLs (sagemaker:CreatePresignedNotebookInstanceUrl)",
    },
    volumeEncryption: known((n) =>
      volumeEncryption(n.KmsKeyId, [], "the notebook's ML storage volume", keyOwnerOf(record)),
    ),
    network: known((n) =>
      vpcPlacement(
        { Subnets: subnets, SecurityGroupIds: n.SecurityGroups ?? [] },
        "the notebook runs in SageMaker's network, outside your VPC's controls",
      ),
    ),
    platform: known((n) =>
      n.PlatformIdentifier
        ? { identifier: n.PlatformIdentifier, detail: `PlatformIdentifier ${n.PlatformIdentifier}` }
        : { detail: "DescribeNotebookInstance reported no PlatformIdentifier" },
    ),
    ...(notebook?.RoleArn ? { executionRole: notebook.RoleArn } : {}),
  };
  asset.relations = subnetRelations(record, subnets);
  return asset;
}

/** DirectInternetAccess defaults to Enabled, and is always in effect without a subnet. */
function internetAccess(notebook: NotebookReply) {
  const setting = notebook.DirectInternetAccess ?? "Enabled";
  if (setting === "Disabled")
    return {
      direct: false,
      detail: `DirectInternetAccess Disabled: traffic goes only through your VPC (${notebook.SubnetId ?? "no subnet"})`,
    };
  return {
    direct: true,
    detail: notebook.SubnetId
      ? `DirectInternetAccess ${setting}: SageMaker gives the notebook its own route to the internet beside your VPC (${notebook.SubnetId})`
      : `DirectInternetAccess ${setting} and no VPC: the notebook reaches the internet through SageMaker's network`,
  };
}
