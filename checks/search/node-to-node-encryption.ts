import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_IN_TRANSIT } from "../compliance.js";

export default defineCheck({
  id: "search.node-to-node-encryption",
  title: "Search cluster nodes must encrypt the traffic between them",
  kind: "search",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: ENCRYPTION_IN_TRANSIT,
  remediation: {
    text: "Enable node-to-node encryption (TLS between the domain's nodes); it is also a prerequisite of fine-grained access control.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --node-to-node-encryption-options Enabled=true",
    },
  },
  messages: {
    encrypted: "Traffic between nodes is encrypted with TLS",
    notEncrypted:
      "Traffic between the cluster's nodes (replication, shard moves, search fan-out) is not encrypted",
  },
  evaluate: (asset) =>
    whenKnown("node-to-node encryption", asset.nodeToNodeEncryption, (n2n) =>
      n2n.enabled ? pass("encrypted") : fail("notEncrypted"),
    ),
});
