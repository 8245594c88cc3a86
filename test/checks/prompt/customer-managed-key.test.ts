import check from "../../../checks/prompt/customer-managed-key.js";
import { BEDROCK_TYPES } from "../../../providers/aws/bedrock/names.js";
import { KMS_KEY_REPLY } from "../../../providers/aws/kms/describe-key.js";
import { BEDROCK_CMK, fromBedrock, KMS_AWS, KMS_CUSTOMER } from "../../support/bedrock-raw.js";
import { checkTable } from "../../support/check-table.js";

const prompt = (reply: Record<string, unknown> | null, key?: unknown) =>
  fromBedrock(BEDROCK_TYPES.prompt, { GetPrompt: reply, ...(key ? { [KMS_KEY_REPLY]: key } : {}) });

checkTable(check, {
  valid: [
    {
      name: "KMS says the named key is customer managed",
      asset: prompt({ customerEncryptionKeyArn: BEDROCK_CMK }, KMS_CUSTOMER),
      messageId: "customerKey",
      data: { keyId: BEDROCK_CMK },
    },
  ],
  invalid: [
    { name: "no key named: a key AWS owns", asset: prompt({}), messageId: "providerKey", severity: "low" },
    {
      name: "a key ARN KMS says AWS manages",
      asset: prompt({ customerEncryptionKeyArn: BEDROCK_CMK }, KMS_AWS),
      messageId: "providerKey",
      data: { keyNote: ` (${BEDROCK_CMK})` },
    },
  ],
  unknown: [
    { name: "GetPrompt not read", asset: fromBedrock(BEDROCK_TYPES.prompt, {}), messageId: "cannotTell" },
    { name: "GetPrompt returned nothing", asset: prompt(null), messageId: "cannotTell" },
    {
      name: "a key KMS did not describe (never decided from the ARN's text)",
      asset: prompt({ customerEncryptionKeyArn: BEDROCK_CMK }),
      messageId: "cannotTell",
    },
  ],
});
