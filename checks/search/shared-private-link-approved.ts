// A shared private link is the private endpoint Azure AI Search creates in its own network to reach a data
// source (storage, Cosmos DB, SQL, Azure OpenAI). Until the data source's owner approves it, the service cannot
// use it: indexers and skills meant to reach the source privately either fail or, when the source still admits
// public traffic, run over the public path. A failed provisioning leaves the same gap.
import { defineCheck, fail, pass } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";
import { whenReported } from "../ml-workspace/azure-controls.js";

/** Provisioning states that leave no working connection (Updating and Deleting are transient). */
const BROKEN = new Set(["Failed", "Incomplete"]);

export default defineCheck({
  id: "search.shared-private-link-approved",
  title: "Search services' shared private links to data sources should be approved and provisioned",
  kind: "search",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Approve the pending private endpoint connection on the data source (or re-create a rejected or disconnected shared private link), and check that the indexer's data source then admits only the private connection.",
    cli: {
      azure:
        "az network private-endpoint-connection approve --id CONNECTION_ID_ON_THE_DATA_SOURCE  # list them: az network private-endpoint-connection list --id DATA_SOURCE_ID",
    },
  },
  messages: {
    none: "No shared private links: the service reaches no data source through one",
    approved: "Every shared private link ({{count}}) is approved and provisioned",
    notApproved:
      "Shared private link(s) not usable: {{links}}. Indexers and skills meant to reach these data sources privately fail, or use the public path where the source allows it",
  },
  evaluate: (asset) =>
    whenReported("the service's shared private links", asset.sharedPrivateLinks, (links) => {
      if (links.length === 0) return pass("none", { count: 0 });
      const unusable = links.filter((l) => l.status !== "Approved" || BROKEN.has(l.provisioningState ?? ""));
      if (unusable.length === 0) return pass("approved", { count: links.length });
      return fail("notApproved", {
        links: unusable.map(
          (l) =>
            `${l.name} to ${l.privateLinkResourceId ?? "?"} (${l.groupId ?? "?"}) is ${l.status}${BROKEN.has(l.provisioningState ?? "") ? `, provisioning ${l.provisioningState}` : ""}`,
        ),
        count: unusable.length,
      });
    }),
});
