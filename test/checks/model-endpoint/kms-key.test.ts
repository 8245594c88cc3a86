import kmsKey from "../../../checks/model-endpoint/kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, endpointAsset } from "../../support/ml-assets.js";
import { DENIED } from "./model-endpoint.fixtures.js";

checkTable(kmsKey, {
  valid: [
    {
      name: "customer-managed key on the endpoint configuration",
      messageId: "volumeCustomerKey",
      asset: endpointAsset(),
    },
    {
      name: "local NVMe instance storage, which takes no key",
      messageId: "volumeCustomerKeyUnsupported",
      asset: endpointAsset({
        volumeEncryption: {
          enabled: true,
          keyManager: "provider",
          algorithm: "instance-store hardware encryption",
          customerKeySupported: false,
          detail: "on ml.g5.xlarge the volumes are local NVMe storage, encrypted by the instance's hardware",
        },
      }),
    },
    {
      name: "customer-managed key whose id was not reported",
      asset: endpointAsset({ volumeEncryption: { ...AWS_MANAGED_VOLUME_KEY, keyManager: "customer" } }),
      messageId: "volumeCustomerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "no KmsKeyId: AWS managed key",
      asset: endpointAsset({ volumeEncryption: AWS_MANAGED_VOLUME_KEY }),
      messageId: "volumeNoCustomerKey",
      data: { detail: "no KMS key is set, so SageMaker encrypts the volumes with an AWS managed key" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "configuration unreadable",
      asset: endpointAsset({ volumeEncryption: DENIED }),
      messageId: "cannotTell",
      data: {
        reason: "DescribeEndpointConfig failed: AccessDeniedException",
      },
    },
  ],
});
