import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "ml-workspace.kms-key",
  title: "ML workspace storage should be encrypted with a customer-managed key",
  kind: "ml-workspace",
  category: "encryption",
  severity: "low",
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "The key is fixed when the workspace is created: create a new Studio domain (or Azure ML workspace) with a customer-managed key and move users' home directories to it.",
    cli: {
      azure:
        "az ml workspace create --resource-group GROUP --file workspace.yml  # workspace.yml: name: NAME, customer_managed_key: {key_vault: KEY_VAULT_ID, key_uri: KEY_URI}",
      aws: "aws sagemaker create-domain --domain-name NAME --auth-mode IAM --default-user-settings ExecutionRole=ROLE_ARN --vpc-id VPC_ID --subnet-ids SUBNET_ID --app-network-access-type VpcOnly --kms-key-id KEY_ARN",
    },
  },
  messages: {
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    customerKeyUnnamed: "Encrypted with customer-managed key",
    providerKey: "Encrypted only with a {{keyManager}}-managed key",
  },
  evaluate: (asset) =>
    whenKnown("the workspace's encryption", asset.encryptionAtRest, (encryption) =>
      encryption.keyManager === "customer"
        ? pass(encryption.keyId ? "customerKey" : "customerKeyUnnamed", { ...encryption })
        : fail("providerKey", { ...encryption }),
    ),
});
