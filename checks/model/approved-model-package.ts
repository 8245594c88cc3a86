import { defineCheck, fail, pass, unknown, whenKnown } from "../../src/model/check.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { ACCESS_CONTROL } from "../compliance.js";

// Models are read because an endpoint serves them, so a model built from a registry version is deployed: that
// version should have passed the registry's approval gate. Rejected is worse than merely not yet reviewed.
export default defineCheck({
  id: "model.approved-model-package",
  title: "Deployed SageMaker models should be built only from approved model registry versions",
  kind: "model",
  uses: ["model-package-group"],
  category: "identity",
  severity: "medium",
  providers: ["aws"],
  compliance: ACCESS_CONTROL,
  remediation: {
    text: "Review the model version in the registry and approve it, or redeploy the endpoint with a model built from an approved version; let deployment pipelines start only on ModelApprovalStatus Approved.",
    cli: {
      aws: "aws sagemaker update-model-package --model-package-arn PACKAGE_ARN --model-approval-status Approved",
    },
  },
  messages: {
    noPackage: "The model is not built from a model registry version",
    approved: "Every registry version the model uses is approved: {{packages}}",
    notApproved: "The deployed model uses registry versions that are not approved: {{packages}}",
    notRead: "The registry group of {{package}} was not read in this scan, so its approval status is unknown",
  },
  evaluate: (model, graph) =>
    whenKnown("the model's containers", model.containers, (containers) => {
      const packages = containers.flatMap((c) => (c.modelPackage ? [c.modelPackage] : []));
      if (packages.length === 0) return pass("noPackage");
      const judged: Array<{ arn: string; status: string }> = [];
      for (const arn of packages) {
        const status = approvalOf(arn, graph);
        if (status === undefined) return unknown("notRead", { package: arn });
        if (isUnknown(status)) return unknown("notRead", { package: `${arn} (${status.reason})` });
        judged.push({ arn, status });
      }
      const bad = judged.filter((p) => p.status !== "Approved");
      const text = (list: typeof judged) => list.map((p) => `${p.arn} (${p.status})`);
      if (bad.length === 0) return pass("approved", { packages: text(judged) });
      const rejected = bad.some((p) => p.status === "Rejected");
      return fail("notApproved", { packages: text(bad) }, rejected ? "high" : "medium");
    }),
});

/** The approval status of a versioned package (…:model-package/<group>/<version>) from its group's asset. */
function approvalOf(packageArn: string, graph: AssetGraph) {
  const match = /^(arn:[^:]+:sagemaker:[^:]+:\d{12}):model-package\/([^/]+)\/\d+$/i.exec(packageArn);
  if (!match) return undefined;
  // SageMaker ARNs carry names in lower case.
  const group = graph.getOfKind(
    `${match[1]}:model-package-group/${match[2]!.toLowerCase()}`,
    "model-package-group",
  );
  if (!group) return undefined;
  if (isUnknown(group.packages)) return group.packages;
  return group.packages.find((p) => p.arn.toLowerCase() === packageArn.toLowerCase())?.approvalStatus;
}
