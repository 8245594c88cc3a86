import check from "../../../checks/ai-service/private-dns-zone.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { connection, zoneGroup, zoneGroupsDenied, zoneGroupsReply } from "../../support/private-dns.js";
import { AZURE_SUBSCRIPTION, cognitiveAccountRecord } from "../../support/raw-records.js";

const OPENAI_ZONE = "privatelink.openai.azure.com";
const COGNITIVE_ZONE = "privatelink.cognitiveservices.azure.com";

/** An account of `kind` with approved (or other) private endpoint connections and the zone group reply. */
function account(kind: string, connections: unknown[], replies: Record<string, unknown> = {}) {
  return cognitiveAccountRecord(
    { kind, properties: { privateEndpointConnections: connections } },
    "raw-openai",
    replies,
  );
}

const denied = (kind: string, connections: unknown[], replies: Record<string, unknown> = {}) => {
  const record = account(kind, connections, replies);
  return fromRecord(azureProvider, record, {
    errors: zoneGroupsDenied(record.resourceId, AZURE_SUBSCRIPTION),
  });
};

checkTable(check, {
  valid: [
    {
      name: "raw record: no private endpoint",
      messageId: "noPrivateEndpoint",
      asset: fromRecord(azureProvider, account("OpenAI", [], zoneGroupsReply({}))),
    },
    {
      name: "raw record: only a pending connection (nothing read, nothing to resolve)",
      messageId: "noPrivateEndpoint",
      asset: fromRecord(azureProvider, account("OpenAI", [connection("pe-1", "Pending")])),
    },
    {
      name: "raw record: OpenAI account, its endpoint links the openai zone",
      messageId: "resolved",
      asset: fromRecord(
        azureProvider,
        account("OpenAI", [connection("pe-1")], zoneGroupsReply({ "pe-1": [zoneGroup(OPENAI_ZONE)] })),
      ),
      data: { count: 1, requiredZones: [OPENAI_ZONE] },
    },
    {
      name: "raw record: AI Services account, both zones in two groups",
      messageId: "resolved",
      asset: fromRecord(
        azureProvider,
        account(
          "AIServices",
          [connection("pe-1")],
          zoneGroupsReply({ "pe-1": [zoneGroup(COGNITIVE_ZONE), zoneGroup(OPENAI_ZONE)] }),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "raw record: endpoint with no zone group",
      messageId: "missingZones",
      asset: fromRecord(
        azureProvider,
        account("OpenAI", [connection("pe-1")], zoneGroupsReply({ "pe-1": [] })),
      ),
      data: { endpoints: [`pe-1 lacks ${OPENAI_ZONE}`] },
      severity: "low",
    },
    {
      name: "raw record: OpenAI account linked to the cognitiveservices zone only",
      messageId: "missingZones",
      asset: fromRecord(
        azureProvider,
        account("OpenAI", [connection("pe-1")], zoneGroupsReply({ "pe-1": [zoneGroup(COGNITIVE_ZONE)] })),
      ),
      data: { endpoints: [`pe-1 lacks ${OPENAI_ZONE}`] },
    },
    {
      name: "raw record: AI Services account missing the cognitiveservices zone",
      messageId: "missingZones",
      asset: fromRecord(
        azureProvider,
        account("AIServices", [connection("pe-1")], zoneGroupsReply({ "pe-1": [zoneGroup(OPENAI_ZONE)] })),
      ),
      data: { endpoints: [`pe-1 lacks ${COGNITIVE_ZONE}`] },
    },
    {
      name: "raw record: one endpoint unread, the other known to lack its zone",
      messageId: "missingZones",
      asset: fromRecord(
        azureProvider,
        account(
          "TextAnalytics",
          [connection("pe-1"), connection("pe-2")],
          zoneGroupsReply({ "pe-2": [zoneGroup(OPENAI_ZONE)] }),
        ),
      ),
      data: { endpoints: [`pe-2 lacks ${COGNITIVE_ZONE}`] },
    },
  ],
  unknown: [
    {
      name: "raw record: the zone group read was denied",
      messageId: "cannotTell",
      asset: denied("OpenAI", [connection("pe-1")]),
      data: { reason: "PrivateDnsZoneGroups_List failed: AuthorizationFailed" },
    },
    {
      name: "raw record: one endpoint resolved, the other unread",
      messageId: "cannotTell",
      asset: fromRecord(
        azureProvider,
        account(
          "OpenAI",
          [connection("pe-1"), connection("pe-2")],
          zoneGroupsReply({ "pe-1": [zoneGroup(OPENAI_ZONE)] }),
        ),
      ),
    },
    {
      name: "the asset does not report private DNS",
      messageId: "cannotTell",
      asset: aiServiceAsset(),
      data: { reason: "not reported for this resource" },
    },
  ],
});
