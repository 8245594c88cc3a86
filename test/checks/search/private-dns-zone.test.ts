import check from "../../../checks/search/private-dns-zone.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { connection, zoneGroup, zoneGroupsDenied, zoneGroupsReply } from "../../support/private-dns.js";
import { AZURE_SUBSCRIPTION, azureSearchRecord } from "../../support/raw-records.js";
import { azureSearchAsset } from "../../support/azure-assets.js";

const SEARCH_ZONE = "privatelink.search.windows.net";

function service(connections: unknown[], replies: Record<string, unknown> = {}) {
  const record = azureSearchRecord({ properties: {}, privateEndpointConnections: connections });
  return { ...record, replies: { ...record.replies, ...replies } };
}

checkTable(check, {
  valid: [
    {
      name: "raw record: no private endpoint",
      messageId: "noPrivateEndpoint",
      asset: fromRecord(azureProvider, service([])),
    },
    {
      name: "raw record: the endpoint links privatelink.search.windows.net",
      messageId: "resolved",
      asset: fromRecord(
        azureProvider,
        service([connection("pe-s")], zoneGroupsReply({ "pe-s": [zoneGroup(SEARCH_ZONE)] })),
      ),
      data: { count: 1 },
    },
  ],
  invalid: [
    {
      name: "raw record: the endpoint's group links another service's zone",
      messageId: "missingZones",
      asset: fromRecord(
        azureProvider,
        service(
          [connection("pe-s")],
          zoneGroupsReply({ "pe-s": [zoneGroup("privatelink.blob.core.windows.net")] }),
        ),
      ),
      data: { endpoints: [`pe-s lacks ${SEARCH_ZONE}`] },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "raw record: the zone group read was denied",
      messageId: "cannotTell",
      asset: (() => {
        const record = service([connection("pe-s")]);
        return fromRecord(azureProvider, record, {
          errors: zoneGroupsDenied(record.resourceId, AZURE_SUBSCRIPTION),
        });
      })(),
      data: { reason: "PrivateDnsZoneGroups_List failed: AuthorizationFailed" },
    },
    {
      name: "an asset that does not report private DNS",
      messageId: "cannotTell",
      asset: azureSearchAsset(),
    },
  ],
});
