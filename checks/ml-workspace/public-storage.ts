// Toxic combination: an Azure ML workspace whose default storage account anyone can read, or which allows public
// blob access. Datasets, notebooks, model outputs and run logs of the workspace live in that account.
import type { Relation } from "../../src/model/asset.js";
import type { MlWorkspaceAsset } from "../../src/model/assets/ml-workspace.js";
import { defineCheck, pass } from "../../src/model/check.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION } from "../../src/model/relations.js";
import { PUBLIC_ACCESS } from "../compliance.js";
import { CHAIN_MESSAGES, combine, link, outsideLink, type ChainVerdict } from "../graph/chain.js";

export default defineCheck({
  id: "ml-workspace.public-storage",
  title: "ML workspaces must not use a storage account that is public or allows public blob access",
  kind: "ml-workspace",
  uses: ["storage"],
  category: "exposure",
  severity: "high",
  providers: ["azure"],
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "The workspace's storage account holds its datasets, notebooks, model outputs and run logs. Disallow public blob access on the account (which also turns every container's public access off) and set public containers to private.",
    cli: {
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --allow-blob-public-access false && az storage container set-permission --account-name ACCOUNT --name CONTAINER --public-access off --auth-mode login",
    },
  },
  messages: {
    ...CHAIN_MESSAGES,
    noStorage: "Workspace {{name}} names no storage account",
  },
  evaluate: (workspace, graph) =>
    combine(
      workspace.relations
        .filter((r) => r.type === RELATION.usesStorage)
        .map((relation) => judgeAccount(workspace, relation, graph)),
      pass("noStorage", { name: workspace.name, chains: [] }),
    ),
});

function judgeAccount(workspace: MlWorkspaceAsset, relation: Relation, graph: AssetGraph): ChainVerdict {
  const start = link(workspace, "ML workspace");
  const lead = `workspace ${workspace.name} uses storage account`;
  const why = relation.detail ?? relation.type;
  const account = graph.getOfKind(relation.target, "storage");
  if (!account) {
    const outside = outsideLink(relation, why);
    return {
      status: "unknown",
      sentence: `${lead} ${outside.name}: storage account not in this scan`,
      chain: [start, outside],
    };
  }
  const read = account.publicRead;
  const prevention = account.publicAccessPrevention;
  const reasons: string[] = [];
  if (!isUnknown(read) && read.public) reasons.push(`anyone can read it (${read.reasons.join("; ")})`);
  if (!isUnknown(prevention) && !prevention.enforced)
    reasons.push(`it allows public blob access (${prevention.detail})`);
  if (reasons.length > 0)
    return {
      status: "fail",
      sentence: `${lead} ${account.name}, where ${reasons.join(" and ")}`,
      chain: [start, link(account, `${why}; ${reasons.join("; ")}`)],
    };
  const unread = [read, prevention].filter(isUnknown).map((u) => u.reason);
  if (unread.length > 0)
    return {
      status: "unknown",
      sentence: `${lead} ${account.name}, whose public access could not be read: ${unread.join("; ")}`,
      chain: [start, link(account, why)],
    };
  return {
    status: "pass",
    sentence: `${lead} ${account.name}, which is not public and disallows public blob access`,
    chain: [start, link(account, why)],
  };
}
