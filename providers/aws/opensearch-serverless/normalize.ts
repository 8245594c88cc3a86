import type { EncryptionAtRest, ExposureVerdict } from "../../../src/model/asset.js";
import type {
  SearchServerlessAsset,
  ServerlessEndpointAccess,
} from "../../../src/model/assets/search-serverless.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { tagsToRecord, type ReplyReader } from "../replies.js";
import { policyDetailsKey, policyListKey, type PolicyType } from "./collect.js";
import {
  encryptionDocument,
  networkRuleSets,
  ruleCovers,
  type NetworkRuleSet,
  type PolicyDetail,
} from "./policies.js";

interface CollectionDetailReply {
  id?: string;
  name?: string;
  type?: string;
  status?: string;
  kmsKeyArn?: string;
}

/** One collection plus the region's network and encryption policies, as a search-serverless asset. */
export function normalizeCollection(record: InventoryRecord, read: ReplyReader): SearchServerlessAsset {
  const detail = read<CollectionDetailReply>(record, "BatchGetCollection");
  const tagList = read<Array<{ key?: string; value?: string }>>(record, "ListTagsForResource");
  const tags = isUnknown(tagList)
    ? tagList
    : tagsToRecord((tagList ?? []).map((t) => ({ Key: t.key, Value: t.value })));
  const network = networkAccess(record, read);
  const encryptionPolicies = coveringPolicies(record, read, "encryption");

  const asset: SearchServerlessAsset = {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind: "search-serverless",
    type: "aws.aoss.collection",
    name: record.name,
    tags,
    relations: [],
    raw: record.replies,
    exposure: exposure(network),
    network,
    encryptionAtRest: encryption(detail, encryptionPolicies),
    encryptionPolicies: isUnknown(encryptionPolicies)
      ? encryptionPolicies
      : encryptionPolicies.covering.map((p) => p.name ?? "?"),
  };
  if (!isUnknown(detail) && detail?.type) asset.collectionType = detail.type;
  const classification = classificationFromTags(tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

interface Covering {
  /** Readable policies whose rules cover the collection. */
  covering: PolicyDetail[];
  /** Listed policies whose document could not be read: they may cover it too. */
  unread: string[];
}

/** The policies of a type whose rules cover this collection; unknown when the listing itself failed. */
function coveringPolicies(record: InventoryRecord, read: ReplyReader, type: PolicyType): Known<Covering> {
  const listed = read<Array<{ name?: string }>>(record, policyListKey(type));
  if (isUnknown(listed)) return unknown(`${type} policies: ${listed.reason}`);
  const details = read<PolicyDetail[]>(record, policyDetailsKey(type));
  if (isUnknown(details)) return unknown(`${type} policies: ${details.reason}`);
  const readNames = new Set((details ?? []).map((d) => d.name));
  const unread = (listed ?? [])
    .map((p) => p.name)
    .filter((n): n is string => n !== undefined && !readNames.has(n));
  const covering = (details ?? []).filter((d) =>
    type === "encryption"
      ? (encryptionDocument(d).Rules ?? []).some((r) => ruleCovers(r, "collection", record.name))
      : networkRuleSets(d).some((set) =>
          (set.Rules ?? []).some(
            (r) => ruleCovers(r, "collection", record.name) || ruleCovers(r, "dashboard", record.name),
          ),
        ),
  );
  return { covering, unread };
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

function networkAccess(
  record: InventoryRecord,
  read: ReplyReader,
): Known<{ collection: ServerlessEndpointAccess; dashboards: ServerlessEndpointAccess }> {
  const policies = coveringPolicies(record, read, "network");
  if (isUnknown(policies)) return policies;
  const { covering, unread } = policies;
  const endpoint = (resourceType: "collection" | "dashboard"): Known<ServerlessEndpointAccess> => {
    const sets: Array<{ policy: string; set: NetworkRuleSet }> = [];
    for (const detail of covering) {
      for (const set of networkRuleSets(detail)) {
        if ((set.Rules ?? []).some((r) => ruleCovers(r, resourceType, record.name)))
          sets.push({ policy: detail.name ?? "?", set });
      }
    }
    const open = sets.filter((s) => s.set.AllowFromPublic === true);
    const what = resourceType === "collection" ? "collection endpoint" : "dashboards";
    if (open.length === 0 && unread.length > 0)
      return unknown(
        `${what}: network policy ${quoted(unread)} could not be read and may allow public access`,
      );
    const policies = [...new Set(sets.map((s) => s.policy))];
    const access: ServerlessEndpointAccess = {
      public: open.length > 0,
      policies,
      vpcEndpoints: [...new Set(sets.flatMap((s) => s.set.SourceVPCEs ?? []))],
      services: [...new Set(sets.flatMap((s) => s.set.SourceServices ?? []))],
      detail:
        open.length > 0
          ? `${what} allows access from the public internet (network policy ${[...new Set(open.map((s) => `"${s.policy}"`))].join(", ")})`
          : sets.length === 0
            ? `no network policy covers the ${what}: it is not reachable`
            : `${what} reachable only from ${describePrivate(sets.map((s) => s.set))} (network policy ${policies.map((p) => `"${p}"`).join(", ")})`,
    };
    return access;
  };
  const collection = endpoint("collection");
  const dashboards = endpoint("dashboard");
  if (isUnknown(collection)) return collection;
  if (isUnknown(dashboards)) return dashboards;
  return { collection, dashboards };
}

function describePrivate(sets: NetworkRuleSet[]): string {
  const vpces = sets.flatMap((s) => s.SourceVPCEs ?? []);
  const services = sets.flatMap((s) => s.SourceServices ?? []);
  const parts = [
    ...(vpces.length ? [`VPC endpoints ${[...new Set(vpces)].join(", ")}`] : []),
    ...(services.length ? [`AWS services ${[...new Set(services)].join(", ")}`] : []),
  ];
  return parts.join(" and ") || "no source (private, none allowed)";
}

function exposure(
  network: Known<{ collection: ServerlessEndpointAccess; dashboards: ServerlessEndpointAccess }>,
): Known<ExposureVerdict> {
  if (isUnknown(network)) return network;
  const reasons = [network.collection.detail, network.dashboards.detail];
  return { public: network.collection.public || network.dashboards.public, reasons };
}

// The collection's kmsKeyArn (BatchGetCollection) is the key it was created with: "auto" means an AWS owned
// key. Encryption policies only apply at creation, so they are evidence; they decide only when the detail is
// missing and every covering policy agrees.
function encryption(
  detail: Known<CollectionDetailReply | null>,
  policies: Known<Covering>,
): Known<EncryptionAtRest> {
  const key = !isUnknown(detail) ? detail?.kmsKeyArn : undefined;
  if (key) return fromKey(key);
  if (isUnknown(policies)) return policies;
  if (policies.unread.length > 0)
    return unknown(
      `collection key not reported and encryption policy ${quoted(policies.unread)} could not be read`,
    );
  const keys = [
    ...new Set(
      policies.covering.map((p) => {
        const doc = encryptionDocument(p);
        return doc.AWSOwnedKey === true ? "auto" : (doc.KmsARN ?? "auto");
      }),
    ),
  ];
  const only = keys[0];
  if (keys.length === 1 && only) return fromKey(only);
  if (isUnknown(detail)) return unknown(`collection key: ${detail.reason}`);
  return unknown(
    keys.length === 0
      ? "BatchGetCollection reported no kmsKeyArn and no encryption policy covers the collection"
      : `BatchGetCollection reported no kmsKeyArn and the covering encryption policies name different keys (${keys.join(", ")})`,
  );
}

function fromKey(key: string): EncryptionAtRest {
  return key === "auto"
    ? { enabled: true, keyManager: "provider", algorithm: "AES-256", keyId: "AWS owned key" }
    : { enabled: true, keyManager: "customer", algorithm: "AES-256", keyId: key };
}
