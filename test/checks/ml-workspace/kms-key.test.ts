import kmsKey from "../../../checks/ml-workspace/kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { workspaceAsset } from "../../support/ml-assets.js";
import { DENIED } from "./ml-workspace.fixtures.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { KMS_KEYS_REPLY } from "../../../providers/aws/kms/key-ownership.js";
import { fromRecord } from "../../support/from-record.js";
import {
  AWS_MANAGED_KEY_ARN,
  CUSTOMER_KEY_ARN,
  KEY_ANSWERS,
  sageMakerRecord,
} from "../../support/raw-records.js";

/** A Studio domain as the collector records it, with `KmsKeyId` and the KMS answers it got. */
const rawDomain = (KmsKeyId: string, answers: Record<string, unknown> = KEY_ANSWERS) =>
  fromRecord(
    awsProvider,
    sageMakerRecord("domain", "d-raw0001", {
      DescribeDomain: { DomainId: "d-raw0001", AppNetworkAccessType: "VpcOnly", KmsKeyId },
      [KMS_KEYS_REPLY]: answers,
    }),
  );

checkTable(kmsKey, {
  valid: [
    { name: "customer key", messageId: "customerKey", asset: workspaceAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: workspaceAsset({ encryptionAtRest: { enabled: true, keyManager: "customer" } }),
      messageId: "customerKeyUnnamed",
    },
    {
      name: "raw record: KMS says the key ARN is customer managed",
      asset: rawDomain(CUSTOMER_KEY_ARN),
      messageId: "customerKey",
    },
  ],
  invalid: [
    {
      name: "raw record: the AWS managed key named by its key ARN",
      asset: rawDomain(AWS_MANAGED_KEY_ARN),
      messageId: "providerKey",
      data: { keyManager: "provider", keyId: AWS_MANAGED_KEY_ARN },
    },
    {
      name: "AWS managed key",
      asset: workspaceAsset({
        encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "aws:kms" },
      }),
      messageId: "providerKey",
      data: { keyManager: "provider" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "raw record: KMS did not describe the key",
      asset: rawDomain(CUSTOMER_KEY_ARN, {}),
      messageId: "cannotTell",
    },
    {
      name: "domain unreadable",
      messageId: "cannotTell",
      asset: workspaceAsset({ encryptionAtRest: DENIED }),
    },
  ],
});
