import check from "../../../checks/inference-experiment/volume-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_KEY_ARN, CUSTOMER_KEY_ARN } from "../../support/raw-records.js";
import { rawExperiment, undescribedExperiment, variant } from "./inference-experiment.fixtures.js";

checkTable(check, {
  valid: [
    {
      name: "KmsKey is a customer managed key (KMS DescribeKey: CUSTOMER)",
      asset: rawExperiment({ KmsKey: CUSTOMER_KEY_ARN }),
      messageId: "volumeCustomerKey",
      data: { keyId: CUSTOMER_KEY_ARN },
    },
    {
      name: "no key, but the variants run on local NVMe instances that take none",
      asset: rawExperiment({ ModelVariants: [variant("shadow", "churn-v2", "ml.g5.2xlarge")] }),
      messageId: "volumeCustomerKeyUnsupported",
    },
    {
      name: "customer managed key whose id was not reported",
      asset: {
        ...rawExperiment({}),
        volumeEncryption: {
          enabled: true,
          keyManager: "customer",
          customerKeySupported: true,
          detail: "customer key",
        },
      },
      messageId: "volumeCustomerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "no KmsKey: SageMaker uses an AWS managed key",
      asset: rawExperiment({}),
      messageId: "volumeNoCustomerKey",
      data: { keyManager: "provider" },
      severity: "low",
    },
    {
      name: "the AWS managed key named by its key ARN (KMS DescribeKey: AWS)",
      asset: rawExperiment({ KmsKey: AWS_MANAGED_KEY_ARN }),
      messageId: "volumeNoCustomerKey",
      data: { keyId: AWS_MANAGED_KEY_ARN, keyManager: "provider" },
    },
  ],
  unknown: [
    {
      name: "KMS did not describe the key",
      asset: rawExperiment({ KmsKey: CUSTOMER_KEY_ARN }, {}),
      messageId: "cannotTell",
    },
    { name: "DescribeInferenceExperiment failed", asset: undescribedExperiment(), messageId: "cannotTell" },
  ],
});
