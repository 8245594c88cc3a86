import check from "../../../checks/ai-service/customer-owned-storage.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { cognitiveAccountRecord } from "../../support/raw-records.js";
import { LISTED_DENIED } from "./ai-service.fixtures.js";

const STORAGE = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/speechdata";
const speech = (properties: Record<string, unknown>) =>
  fromRecord(azureProvider, cognitiveAccountRecord({ kind: "SpeechServices", properties }));

checkTable(check, {
  valid: [
    { name: "Azure OpenAI takes no customer storage", messageId: "notOffered", asset: aiServiceAsset() },
    {
      name: "raw record: Speech with user-owned storage",
      messageId: "customerStorage",
      asset: speech({ userOwnedStorage: [{ resourceId: STORAGE }] }),
      data: { accounts: [STORAGE] },
    },
  ],
  invalid: [
    {
      name: "raw record: Speech keeping data in Microsoft storage",
      messageId: "microsoftStorage",
      asset: speech({}),
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "unreadable on an AI Services account",
      messageId: "cannotTell",
      asset: aiServiceAsset({ serviceKind: "AIServices", customerStorage: LISTED_DENIED }),
    },
  ],
});
