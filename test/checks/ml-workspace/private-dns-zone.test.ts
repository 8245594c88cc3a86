import check from "../../../checks/ml-workspace/private-dns-zone.js";
import { checkTable } from "../../support/check-table.js";
import { connection, zoneGroup, zoneGroupsReply } from "../../support/private-dns.js";
import { rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

const API_ZONE = "privatelink.api.azureml.ms";
const NOTEBOOKS_ZONE = "privatelink.notebooks.azure.net";

const withEndpoints = (groups: Record<string, unknown[]>, ...connections: unknown[]) =>
  rawWorkspace({ properties: { privateEndpointConnections: connections } }, zoneGroupsReply(groups));

checkTable(check, {
  valid: [
    { name: "raw record: no private endpoint", messageId: "noPrivateEndpoint", asset: rawWorkspace({}) },
    {
      name: "raw record: the endpoint links the API and notebook zones",
      messageId: "resolved",
      asset: withEndpoints({ "pe-ml": [zoneGroup(API_ZONE, NOTEBOOKS_ZONE)] }, connection("pe-ml")),
      data: { count: 1, requiredZones: [API_ZONE, NOTEBOOKS_ZONE] },
    },
  ],
  invalid: [
    {
      name: "raw record: the notebooks zone is missing",
      messageId: "missingZones",
      asset: withEndpoints({ "pe-ml": [zoneGroup(API_ZONE)] }, connection("pe-ml")),
      data: { endpoints: [`pe-ml lacks ${NOTEBOOKS_ZONE}`] },
      severity: "low",
    },
    {
      name: "raw record: a rejected connection is ignored, the approved one has no group",
      messageId: "missingZones",
      asset: withEndpoints({ "pe-ml": [] }, connection("pe-old", "Rejected"), connection("pe-ml")),
      data: { endpoints: [`pe-ml lacks ${API_ZONE}, ${NOTEBOOKS_ZONE}`] },
    },
  ],
  unknown: [
    {
      name: "raw record: the workspace GET (which lists the connections) was not read",
      messageId: "cannotTell",
      asset: unreadWorkspace("Workspaces_Get"),
    },
    {
      name: "raw record: an approved endpoint but no zone group reply",
      messageId: "cannotTell",
      asset: rawWorkspace({ properties: { privateEndpointConnections: [connection("pe-ml")] } }),
      data: { reason: "PrivateDnsZoneGroups_List was not read" },
    },
  ],
});
