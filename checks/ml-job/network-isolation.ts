import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "ml-job.network-isolation",
  title: "ML jobs and monitoring jobs should run their containers with network isolation",
  kind: "ml-job",
  category: "network",
  severity: "medium",
  providers: ["aws"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create the job, job definition or monitoring schedule again with NetworkConfig.EnableNetworkIsolation set, so its containers cannot send the data they read anywhere. Job types without the setting (AutoML) must run in a VPC without a route out.",
    cli: {
      aws: "aws sagemaker create-data-quality-job-definition --job-definition-name NAME … --network-config EnableNetworkIsolation=true,EnableInterContainerTrafficEncryption=true",
    },
  },
  messages: {
    isolated: "{{detail}}",
    outbound: "The {{jobType}}'s containers can make outbound network calls: {{detail}}",
    notOfferedInVpc: "A {{jobType}} has no network isolation setting; it runs in your VPC ({{network}})",
    notOfferedNoVpc:
      "A {{jobType}} has no network isolation setting and does not run in your VPC, so its containers reach the internet: {{network}}",
  },
  evaluate: (asset) =>
    whenKnown("network isolation", asset.networkIsolation, (isolation) => {
      const data = { jobType: asset.jobType, detail: isolation.detail };
      if (isolation.offered !== false)
        return isolation.enabled ? pass("isolated", data) : fail("outbound", data);
      return whenKnown("the job's network placement", asset.network, (network) =>
        network.customerNetwork
          ? pass("notOfferedInVpc", { ...data, network: network.detail })
          : fail("notOfferedNoVpc", { ...data, network: network.detail }),
      );
    }),
});
