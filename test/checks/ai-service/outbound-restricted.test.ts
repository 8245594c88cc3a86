import check from "../../../checks/ai-service/outbound-restricted.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { cognitiveAccountRecord } from "../../support/raw-records.js";
import { LISTED_DENIED } from "./ai-service.fixtures.js";

const raw = (properties: Record<string, unknown>) =>
  fromRecord(azureProvider, cognitiveAccountRecord({ properties }));

checkTable(check, {
  valid: [
    { name: "restricted to one search service", messageId: "restricted", asset: aiServiceAsset() },
    {
      name: "raw record: restricted, two hosts",
      messageId: "restricted",
      asset: raw({
        restrictOutboundNetworkAccess: true,
        allowedFqdnList: ["rag.search.windows.net", "ragdata.blob.core.windows.net"],
      }),
    },
  ],
  invalid: [
    { name: "raw record: not set", messageId: "unrestricted", asset: raw({}), severity: "medium" },
    {
      name: "raw record: false, with a list that is ignored",
      messageId: "unrestricted",
      asset: raw({ restrictOutboundNetworkAccess: false, allowedFqdnList: ["a.example.com"] }),
    },
    {
      name: "raw record: restricted to a wildcard",
      messageId: "wildcard",
      asset: raw({ restrictOutboundNetworkAccess: true, allowedFqdnList: ["*.blob.core.windows.net"] }),
      data: { wildcards: "*.blob.core.windows.net" },
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: aiServiceAsset({ outbound: LISTED_DENIED }) },
  ],
});
