// The Azure estate: `az … show` output and ARM JSON both load; typos, wrong ids and duplicates are errors that
// name the field.
import { describe, expect, it } from "vitest";
import { parseEstate } from "../../mocks/index.js";
import { validateEstate } from "../../mocks/estate/load.js";
import { storageEstate } from "../../providers/azure/storage/emulator/estate.js";

const SUB = "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";

describe("Azure estate", () => {
  it("accepts storage accounts as az prints them and as ARM JSON, folding both into the CLI shape", () => {
    const estate = validateEstate({
      azure: {
        subscriptions: [
          {
            subscriptionId: SUB,
            storageAccounts: [
              {
                name: "fromcli",
                resourceGroup: "rg",
                enableHttpsTrafficOnly: false,
                networkRuleSet: {
                  defaultAction: "Deny",
                  ipRules: [{ ipAddressOrRange: "1.2.3.4", action: "Allow" }],
                },
                primaryEndpoints: { blob: "https://fromcli.blob.core.windows.net/" },
              },
              {
                id: `/subscriptions/${SUB}/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/fromarm`,
                name: "fromarm",
                properties: {
                  supportsHttpsTrafficOnly: false,
                  networkAcls: { defaultAction: "Deny", ipRules: [{ value: "5.6.7.8" }] },
                  encryption: { keySource: "Microsoft.Keyvault", keyvaultproperties: { keyName: "k" } },
                },
              },
            ],
          },
        ],
      },
    });
    const [cli, arm] = storageEstate.of(estate.azure.subscriptions[0]!);
    expect(cli).toMatchObject({
      enableHttpsTrafficOnly: false,
      networkRuleSet: { ipRules: [{ ipAddressOrRange: "1.2.3.4" }] },
    });
    expect(arm).toMatchObject({
      resourceGroup: "rg2",
      enableHttpsTrafficOnly: false,
      networkRuleSet: { ipRules: [{ ipAddressOrRange: "5.6.7.8" }] },
      encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: "k" } },
    });
  });

  it("names the line and field of a typo", () => {
    const text = [
      "azure:",
      "  subscriptions:",
      `    - subscriptionId: ${SUB}`,
      "      storageAccounts:",
      "        - name: aistore",
      "          allowBlobPublicAcess: true",
    ].join("\n");
    expect(() => parseEstate(text, "typo.yaml")).toThrow(
      /typo\.yaml:5: azure\.subscriptions\[0\]\.storageAccounts\[0\]: unknown field\(s\) allowBlobPublicAcess/,
    );
  });

  it("refuses an id that disagrees with the subscription, group and name, and duplicate names", () => {
    const wrongId = {
      azure: {
        subscriptions: [
          {
            subscriptionId: SUB,
            searchServices: [
              {
                name: "s1",
                resourceGroup: "rg",
                id: `/subscriptions/${SUB}/resourceGroups/other/providers/Microsoft.Search/searchServices/s1`,
              },
              { name: "s1", resourceGroup: "rg" },
            ],
          },
        ],
      },
    };
    expect(() => validateEstate(wrongId, "e")).toThrow(
      /searchServices\[0\]\.id: expected .*resourceGroups\/rg\//,
    );
    expect(() => validateEstate(wrongId, "e")).toThrow(/searchServices\[1\]\.name: duplicate name s1/);
  });

  it("refuses names Azure would refuse", () => {
    const bad = {
      azure: { subscriptions: [{ subscriptionId: SUB, storageAccounts: [{ name: "Not_Valid" }] }] },
    };
    expect(() => validateEstate(bad, "e")).toThrow(
      /storage account names are 3-24 lowercase letters and digits/,
    );
  });
});
