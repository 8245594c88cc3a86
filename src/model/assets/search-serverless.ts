// A serverless search collection: Amazon OpenSearch Serverless. Its network and encryption settings come from
// account-wide security policies whose rules name the collection by pattern ("collection/logs*").
import type { AssetBase, EncryptionAtRest, ExposureVerdict } from "../asset-base.js";
import type { Known } from "../known.js";

/** Network access of one endpoint (the collection's API, or its dashboards). */
export interface ServerlessEndpointAccess {
  /** Some matching network policy allows access from the public internet. */
  public: boolean;
  /** Network policies whose rules cover this endpoint. */
  policies: string[];
  /** VPC endpoints and AWS services that may reach it privately. */
  vpcEndpoints: string[];
  services: string[];
  detail: string;
}

export interface SearchServerlessAsset extends AssetBase {
  kind: "search-serverless";
  /** SEARCH, TIMESERIES or VECTORSEARCH. */
  collectionType?: string;
  /** The collection endpoint or its dashboards are reachable from the internet (IAM still authorizes data). */
  exposure: Known<ExposureVerdict>;
  network: Known<{ collection: ServerlessEndpointAccess; dashboards: ServerlessEndpointAccess }>;
  encryptionAtRest: Known<EncryptionAtRest>;
  /** Encryption policies whose rules cover the collection, for evidence. */
  encryptionPolicies: Known<string[]>;
}
