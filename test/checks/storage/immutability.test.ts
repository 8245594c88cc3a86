import check from "../../../checks/storage/immutability.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { storageAsset } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { azureStorageRecord, withoutReply } from "../../support/raw-records.js";

const PII = { tags: { "data-classification": "pii" } };
const raw = (account: Record<string, unknown>, containers: unknown[]) =>
  fromRecord(azureProvider, azureStorageRecord({ ...PII, ...account }, { BlobContainers_List: containers }));

checkTable(check, {
  valid: [
    {
      name: "raw record: unclassified data",
      messageId: "notClassified",
      asset: fromRecord(azureProvider, azureStorageRecord({})),
    },
    {
      name: "raw record: account-level immutability",
      messageId: "immutable",
      asset: raw({ immutableStorageWithVersioning: { enabled: true } }, [{ name: "train" }]),
    },
    {
      name: "raw record: every container has a policy ($web aside)",
      messageId: "immutable",
      asset: raw({}, [
        { name: "train", hasImmutabilityPolicy: true },
        { name: "eval", immutableStorageWithVersioning: { enabled: true } },
        { name: "$web" },
      ]),
    },
  ],
  invalid: [
    {
      name: "raw record: one container without a policy",
      messageId: "mutable",
      asset: raw({}, [{ name: "train", hasImmutabilityPolicy: true }, { name: "scratch" }]),
      data: { classification: "pii" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "raw record: containers not read",
      messageId: "cannotTell",
      asset: fromRecord(azureProvider, withoutReply(azureStorageRecord(PII), "BlobContainers_List")),
    },
    {
      name: "a classified store that reports no immutability",
      messageId: "cannotTell",
      asset: storageAsset({ dataClassification: "phi" }),
    },
  ],
});
