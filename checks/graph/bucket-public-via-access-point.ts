// A bucket can look private (no public policy, no public ACL) and still be readable by anyone through an access
// point whose own policy grants the public. This check puts that verdict on the bucket itself.
import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown, unknown } from "../../src/model/known.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "graph.bucket-public-via-access-point",
  title: "A bucket must not be publicly readable through any of its access points",
  kind: "storage",
  uses: ["access-point"],
  providers: ["aws"],
  category: "exposure",
  severity: "critical",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Remove the public statements from the access point policy (or delete the access point), and make the bucket policy delegate only to access points that are not public.",
    cli: {
      aws: "aws s3control delete-access-point-policy --account-id ACCOUNT --name ACCESS_POINT",
    },
  },
  messages: {
    publicVia: "Anyone can read bucket {{bucket}} through access point {{accessPoints}}: {{routes}}",
    noPublicAccessPoint: "No access point of bucket {{bucket}} is publicly readable ({{count}} judged)",
  },
  evaluate: (bucket, graph) => {
    const points = accessPointsOf(bucket.id, graph);
    const open = points.filter((p) => !isUnknown(p.publicRead) && p.publicRead.public);
    if (open.length > 0)
      return fail("publicVia", {
        bucket: bucket.name,
        accessPoints: open.map((p) => p.name),
        routes: open.flatMap((p) => (isUnknown(p.publicRead) ? [] : p.publicRead.reasons)),
      });
    const listed = bucket.accessPointsListed ?? unknown("the bucket's access points were not read");
    if (isUnknown(listed)) return cannotTell(`the access points of bucket ${bucket.name}`, listed);
    const unreadable = points.find((p) => isUnknown(p.publicRead));
    if (unreadable && isUnknown(unreadable.publicRead))
      return cannotTell(`public read through access point ${unreadable.name}`, unreadable.publicRead);
    return pass("noPublicAccessPoint", { bucket: bucket.name, count: points.length });
  },
});

function accessPointsOf(bucketId: string, graph: AssetGraph) {
  return graph.ofKind("access-point").filter((point) => point.bucket === bucketId);
}
