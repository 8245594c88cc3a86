import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { ENCRYPTION_IN_TRANSIT } from "../compliance.js";

export default defineCheck({
  id: "training-job.inter-container-encryption",
  title: "Distributed training should encrypt traffic between its instances",
  kind: "training-job",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: ENCRYPTION_IN_TRANSIT,
  remediation: {
    text: "Training jobs cannot be changed: start future runs with inter-container traffic encryption, so model weights and training data exchanged between nodes are encrypted in transit.",
    cli: {
      aws: "aws sagemaker create-training-job --training-job-name NAME … --enable-inter-container-traffic-encryption",
    },
  },
  messages: {
    encrypted: "{{detail}}",
    singleInstance:
      "Runs on one instance, so no training traffic crosses the network between containers ({{detail}})",
    unencrypted: "{{instanceCount}} instances exchange training data unencrypted: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("inter-container traffic encryption", asset.interContainerEncryption, (encryption) => {
      if (encryption.enabled) return pass("encrypted", { detail: encryption.detail });
      if (isUnknown(asset.compute)) return cannotTell("whether the job is distributed", asset.compute);
      const data = { ...asset.compute, detail: encryption.detail };
      return asset.compute.instanceCount < 2 ? pass("singleInstance", data) : fail("unencrypted", data);
    }),
});
