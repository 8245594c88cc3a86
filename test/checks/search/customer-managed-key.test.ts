import cmk from "../../../checks/search/customer-managed-key.js";
import { checkTable } from "../../support/check-table.js";
import { domainAsset } from "./opensearch-assets.js";
import { awsManaged, unencrypted, keyUnknown } from "./encryption.fixtures.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { fromRecord } from "../../support/from-record.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { azureSearchRecord, openSearchDomainRecord } from "../../support/raw-records.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";

const DOMAIN_KEY = "arn:aws:kms:us-east-1:111122223333:key/k-1";
const rawDomain = (encryption: Record<string, unknown>, describeKey?: Record<string, unknown>) =>
  fromRecord(
    awsProvider,
    openSearchDomainRecord(
      { EncryptionAtRestOptions: { Enabled: true, ...encryption } },
      describeKey ? { "kms:DescribeKey": describeKey } : {},
    ),
  );

checkTable(cmk, {
  valid: [
    { name: "customer managed key", messageId: "customerKey", asset: domainAsset() },
    {
      name: "raw OpenSearch record: KMS says the key is customer managed",
      asset: rawDomain({ KmsKeyId: DOMAIN_KEY }, { KeyManager: "CUSTOMER" }),
      messageId: "customerKey",
      data: { keyId: DOMAIN_KEY },
    },
    {
      name: "raw Azure record: CMK enforcement enabled and compliant",
      asset: fromRecord(
        azureProvider,
        azureSearchRecord({
          encryptionWithCmk: { enforcement: "Enabled", encryptionComplianceStatus: "Compliant" },
        }),
      ),
      messageId: "customerKeyUnnamed",
    },
    {
      name: "Azure AI Search: CMK enforced and compliant",
      messageId: "customerKeyUnnamed",
      asset: azureSearchAsset(),
    },
  ],
  invalid: [
    {
      name: "AWS managed key aws/es",
      asset: awsManaged,
      messageId: "awsKey",
      data: { keyId: "arn:aws:kms:us-east-1:111122223333:key/aws-es" },
      severity: "low",
    },
    { name: "not encrypted", asset: unencrypted, messageId: "notEncrypted" },
    {
      name: "raw OpenSearch record: no key named (aws/es)",
      asset: rawDomain({}),
      messageId: "awsKey",
      data: { keyId: "aws/es" },
    },
    {
      name: "raw OpenSearch record: a key ARN that KMS says AWS manages",
      asset: rawDomain({ KmsKeyId: DOMAIN_KEY }, { KeyManager: "AWS" }),
      messageId: "awsKey",
      data: { keyId: DOMAIN_KEY },
    },
    {
      name: "raw Azure record: CMK enforced but objects non-compliant",
      asset: fromRecord(
        azureProvider,
        azureSearchRecord({
          encryptionWithCmk: { enforcement: "Enabled", encryptionComplianceStatus: "NonCompliant" },
        }),
      ),
      messageId: "microsoftKey",
    },
    {
      name: "Azure AI Search: CMK enforcement unspecified",
      asset: azureSearchAsset({
        encryptionAtRest: {
          enabled: true,
          keyManager: "provider",
          algorithm: "AES-256 (Microsoft-managed keys; CMK enforcement Unspecified)",
        },
      }),
      messageId: "microsoftKey",
      data: { algorithm: "AES-256 (Microsoft-managed keys; CMK enforcement Unspecified)" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "key manager not resolved",
      asset: keyUnknown,
      messageId: "cannotTell",
      data: {
        reason:
          "encrypted at rest with arn:…, but whether it is the AWS managed key aws/es or a customer managed key is unknown (DescribeKey was not read)",
      },
    },
    {
      name: "raw OpenSearch record: a key ARN that KMS DescribeKey did not answer for",
      asset: rawDomain({ KmsKeyId: DOMAIN_KEY }),
      messageId: "cannotTell",
    },
    {
      name: "Azure AI Search: listing denied",
      messageId: "cannotTell",
      asset: azureSearchAsset({ encryptionAtRest: unknown("denied") }),
    },
  ],
});
