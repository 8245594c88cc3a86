import check from "../../../checks/search/shared-private-link-approved.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { SHARED_PRIVATE_LINKS } from "../../../providers/azure/search/collect.js";
import { checkTable } from "../../support/check-table.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { fromRecord } from "../../support/from-record.js";
import { AZURE_SUBSCRIPTION, azureSearchRecord } from "../../support/raw-records.js";

const STORAGE =
  "/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/ai-rg/providers/Microsoft.Storage/storageAccounts/docs";

const link = (name: string, status: string, provisioningState = "Succeeded") => ({
  name,
  properties: { privateLinkResourceId: STORAGE, groupId: "blob", status, provisioningState },
});

function withLinks(links: unknown[] | undefined) {
  const record = azureSearchRecord({ properties: {} });
  return links === undefined
    ? record
    : { ...record, replies: { ...record.replies, [SHARED_PRIVATE_LINKS]: links } };
}

checkTable(check, {
  valid: [
    {
      name: "raw record: no shared private links",
      messageId: "none",
      asset: fromRecord(azureProvider, withLinks([])),
    },
    {
      name: "raw record: approved and provisioned (a transient Updating is not flagged)",
      messageId: "approved",
      asset: fromRecord(
        azureProvider,
        withLinks([link("blob-a", "Approved"), link("blob-b", "Approved", "Updating")]),
      ),
      data: { count: 2 },
    },
  ],
  invalid: [
    {
      name: "raw record: pending approval",
      messageId: "notApproved",
      asset: fromRecord(azureProvider, withLinks([link("blob-a", "Approved"), link("blob-p", "Pending")])),
      data: { links: [`blob-p to ${STORAGE} (blob) is Pending`], count: 1 },
      severity: "medium",
    },
    {
      name: "raw record: rejected, and approved but failed to provision",
      messageId: "notApproved",
      asset: fromRecord(
        azureProvider,
        withLinks([link("blob-r", "Rejected"), link("blob-f", "Approved", "Failed")]),
      ),
      data: {
        links: [
          `blob-r to ${STORAGE} (blob) is Rejected`,
          `blob-f to ${STORAGE} (blob) is Approved, provisioning Failed`,
        ],
      },
    },
  ],
  unknown: [
    {
      name: "raw record: the list was denied",
      messageId: "cannotTell",
      asset: (() => {
        const record = withLinks(undefined);
        return fromRecord(azureProvider, record, {
          errors: [
            {
              provider: "azure",
              account: AZURE_SUBSCRIPTION,
              service: "search",
              operation: SHARED_PRIVATE_LINKS,
              resource: record.resourceId,
              code: "AuthorizationFailed",
              message: "denied",
            },
          ],
        });
      })(),
      data: { reason: `${SHARED_PRIVATE_LINKS} failed: AuthorizationFailed` },
    },
    { name: "an asset that does not report them", messageId: "cannotTell", asset: azureSearchAsset() },
  ],
});
