// Private endpoints with their DNS zone groups, as `az network private-endpoint show` and
// `az network private-endpoint dns-zone-group list --endpoint-name <name>` print them (or as ARM JSON with
// `properties`). Only what the zone group read needs is modelled; the rest of a private endpoint passes through.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";
import {
  fromArmJson,
  passThrough,
  resourceGroupSchema,
  tagsSchema,
} from "../../../../mocks/estate/azure-common.js";

const zoneConfig = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string(),
    privateDnsZoneId: z
      .string()
      .regex(
        /\/providers\/Microsoft\.Network\/privateDnsZones\/[^/]+$/i,
        "expected a private DNS zone id (…/providers/Microsoft.Network/privateDnsZones/<zone>)",
      ),
    ...passThrough(["id", "recordSets"]),
  }),
);

const zoneGroup = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string().default("default"),
    privateDnsZoneConfigs: z.array(zoneConfig).default([]),
    ...passThrough(["id", "etag", "type", "resourceGroup", "provisioningState"]),
  }),
);

export const privateEndpointSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string().regex(/^\w[\w.-]{0,79}$/, "private endpoint names are 1-80 letters, digits, _ . -"),
    resourceGroup: resourceGroupSchema,
    location: z.string().default("eastus"),
    tags: tagsSchema,
    privateDnsZoneGroups: z.array(zoneGroup).default([]),
    ...passThrough([
      "id",
      "type",
      "etag",
      "subnet",
      "networkInterfaces",
      "privateLinkServiceConnections",
      "manualPrivateLinkServiceConnections",
      "customDnsConfigs",
      "ipConfigurations",
      "customNetworkInterfaceName",
      "provisioningState",
    ]),
  }),
);

export type AzurePrivateEndpoint = z.output<typeof privateEndpointSchema>;

export const networkEstate = estateSection("privateEndpoints", z.array(privateEndpointSchema).default([]), {
  resourceType: { type: "Microsoft.Network/privateEndpoints", diagnosticsAt: "" },
});
