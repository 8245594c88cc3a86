import { cannotTell, defineCheck, fail, pass, unknown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

// Security Hub Bedrock.1: each data source names a KMS key for the documents it stages during ingestion. As the
// control's AWS Config rule does, a named key counts; no key means Bedrock encrypts with a key AWS owns.
export default defineCheck({
  id: "knowledge-base.data-source-kms-key",
  title: "Knowledge base data sources should encrypt ingestion data with a customer-managed key",
  kind: "knowledge-base",
  category: "encryption",
  severity: "low",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Name a customer-managed KMS key in the data source's server-side encryption configuration, so the documents staged during ingestion are encrypted under a key whose use you control and audit.",
    cli: {
      aws: "aws bedrock-agent update-data-source --knowledge-base-id KB_ID --data-source-id DS_ID --name NAME --data-source-configuration file://data-source.json --server-side-encryption-configuration kmsKeyArn=KEY_ARN",
    },
  },
  messages: {
    noDataSource: "No data source to judge",
    unread: "Could not read the encryption of data source(s) {{unread}}",
    providerKey:
      "Data source(s) {{unkeyed}} name no KMS key: ingestion data is encrypted with a key AWS owns",
    customerKeys: "Every data source names a KMS key ({{keys}})",
  },
  evaluate: (asset) => {
    if (isUnknown(asset.dataSources))
      return cannotTell("the knowledge base's data sources", asset.dataSources);
    const sources = asset.dataSources;
    if (sources.length === 0) return pass("noDataSource");
    const unkeyed = sources.filter((s) => !isUnknown(s.encryption) && !s.encryption.kmsKeyArn);
    if (unkeyed.length > 0) return fail("providerKey", { unkeyed: unkeyed.map((s) => s.name).join(", ") });
    const unread = sources.filter((s) => isUnknown(s.encryption));
    if (unread.length > 0) return unknown("unread", { unread: unread.map((s) => s.name).join(", ") });
    const keys = sources.map((s) => (isUnknown(s.encryption) ? "" : (s.encryption.kmsKeyArn ?? "")));
    return pass("customerKeys", { keys: keys.join(", ") });
  },
});
