import { defineCheck, fail, pass, unknown, whenKnown } from "../../src/model/check.js";
import { AVAILABILITY } from "../compliance.js";

// Security Hub Opensearch.6 / ES.6: at least three data nodes and zone awareness, so losing a node or an
// Availability Zone leaves the index (and the vectors in it) served.
export default defineCheck({
  id: "search.data-node-fault-tolerance",
  title: "Search clusters should have at least three data nodes spread across Availability Zones",
  kind: "search",
  category: "resilience",
  severity: "medium",
  providers: ["aws"],
  compliance: AVAILABILITY,
  remediation: {
    text: "Run at least three data nodes (a multiple of the zone count) and turn on zone awareness.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --cluster-config InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}",
    },
  },
  messages: {
    notReported: "Could not determine the node layout: {{detail}}",
    tooFew: "Only {{dataNodes}} data node(s): {{detail}}",
    singleZone: "Zone awareness is off: {{detail}}",
    tolerant: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the cluster's node layout", asset.cluster, (cluster) => {
      // Either shortfall alone fails; only when neither is proven does an unreported field leave it unknown.
      if (cluster.dataNodes !== undefined && cluster.dataNodes < 3) return fail("tooFew", { ...cluster });
      if (cluster.zoneAwareness === false) return fail("singleZone", { ...cluster });
      if (cluster.dataNodes === undefined || cluster.zoneAwareness === undefined)
        return unknown("notReported", { ...cluster });
      return pass("tolerant", { ...cluster });
    }),
});
