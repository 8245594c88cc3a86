import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { ENCRYPTION_IN_TRANSIT } from "../compliance.js";

export default defineCheck({
  id: "ml-job.inter-container-encryption",
  title: "Distributed ML and monitoring jobs should encrypt traffic between their instances",
  kind: "ml-job",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: ENCRYPTION_IN_TRANSIT,
  remediation: {
    text: "Create the job, job definition or monitoring schedule again with inter-container traffic encryption on (NetworkConfig.EnableInterContainerTrafficEncryption, or SecurityConfig for AutoML), so data exchanged between its instances is encrypted in transit.",
    cli: {
      aws: "aws sagemaker create-processing-job --processing-job-name NAME … --network-config EnableInterContainerTrafficEncryption=true,EnableNetworkIsolation=true",
    },
  },
  messages: {
    encrypted: "{{detail}}",
    singleInstance:
      "Runs on one instance, so no job traffic crosses the network between containers ({{detail}})",
    unencrypted: "{{instanceCount}} instances exchange data unencrypted: {{detail}}",
    serviceChosen:
      "The service chooses the instances of this job's runs and may spread one over several, which then exchange data unencrypted: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("inter-container traffic encryption", asset.interContainerEncryption, (encryption) => {
      if (encryption.enabled) return pass("encrypted", { detail: encryption.detail });
      if (isUnknown(asset.instanceCount))
        return cannotTell("whether the job is distributed", asset.instanceCount);
      if (asset.instanceCount === "chosen-by-service")
        return fail("serviceChosen", { detail: encryption.detail });
      const data = { instanceCount: asset.instanceCount, detail: encryption.detail };
      return asset.instanceCount < 2 ? pass("singleInstance", data) : fail("unencrypted", data);
    }),
});
