import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "inference-job.output-kms-key",
  title: "Batch inference output should be encrypted with a customer-managed key",
  kind: "inference-job",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Name a customer-managed KMS key for the job's output (s3EncryptionKeyId) when creating batch inference jobs, so model responses over your data are encrypted under a key you control.",
    cli: {
      aws: "aws bedrock create-model-invocation-job --job-name NAME --model-id MODEL --role-arn ROLE_ARN --input-data-config s3InputDataConfig={s3Uri=s3://IN/} --output-data-config s3OutputDataConfig={s3Uri=s3://OUT/,s3EncryptionKeyId=KEY_ARN}",
    },
  },
  messages: {
    customerKey: "Output encrypted with customer-managed key {{keyId}}",
    providerKey: "Output encrypted only with a key AWS manages ({{keyId}})",
    noKeyNamed: "No output key named: the output takes {{algorithm}}",
  },
  evaluate: (asset) =>
    whenKnown("who manages the job's output key", asset.outputEncryption, (encryption) =>
      encryption.keyManager === "customer"
        ? pass("customerKey", { keyId: encryption.keyId ?? "(id not reported)" })
        : encryption.keyId
          ? fail("providerKey", { ...encryption, keyId: encryption.keyId })
          : fail(
              "noKeyNamed",
              { ...encryption, algorithm: encryption.algorithm ?? "default encryption" },
              "low",
            ),
    ),
});
