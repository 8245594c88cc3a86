import { defineCheck, fail, pass, unknown, whenKnown } from "../../src/model/check.js";
import { AVAILABILITY } from "../compliance.js";

// Security Hub Opensearch.11 / ES.7: three dedicated master (primary) nodes keep the cluster state alive through
// one node's loss and through blue/green deployments that strain masters shared with data.
export default defineCheck({
  id: "search.dedicated-master",
  title: "Search clusters should have at least three dedicated master nodes",
  kind: "search",
  category: "resilience",
  severity: "medium",
  providers: ["aws"],
  compliance: AVAILABILITY,
  remediation: {
    text: "Turn on dedicated master nodes and run three of them.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=m6g.large.search",
    },
  },
  messages: {
    notReported: "Could not determine the master nodes: {{detail}}",
    none: "No dedicated master nodes: {{detail}}",
    tooFew: "Only {{dedicatedMasterCount}} dedicated master node(s): {{detail}}",
    enough: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the cluster's master nodes", asset.cluster, (cluster) => {
      if (cluster.dedicatedMaster === undefined) return unknown("notReported", { ...cluster });
      if (!cluster.dedicatedMaster) return fail("none", { ...cluster });
      if (cluster.dedicatedMasterCount === undefined) return unknown("notReported", { ...cluster });
      if (cluster.dedicatedMasterCount < 3) return fail("tooFew", { ...cluster });
      return pass("enough", { ...cluster });
    }),
});
