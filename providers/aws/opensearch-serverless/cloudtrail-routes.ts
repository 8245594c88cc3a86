// OpenSearch Serverless calls that change what the collector reads, logged with eventSource aoss.amazonaws.com.
// Security policies are region-wide and apply to every collection their rules match by name, so a policy event
// names no single collection: every collection in the region is re-read and evaluated.
import { requestParameter, responseAt, routesFor } from "../cloudtrail.js";

const SOURCE = "aoss.amazonaws.com";

export const OPENSEARCH_SERVERLESS_ROUTES = [
  ...routesFor(SOURCE, ["CreateCollection"], {
    kinds: ["search-serverless"],
    // The ARN ends in the collection's id, which the service mints: only the response knows it.
    idFrom:
      "responseElements.createCollectionDetail.arn; without it, every search-serverless asset in the region",
    resource: (detail) => {
      const name = requestParameter(detail, "name");
      const arn = responseAt(detail, "createCollectionDetail", "arn");
      return { ...(name ? { name } : {}), ...(arn ? { resourceId: arn } : {}) };
    },
  }),
  ...routesFor(SOURCE, ["CreateSecurityPolicy", "UpdateSecurityPolicy", "DeleteSecurityPolicy"], {
    kinds: ["search-serverless"],
    idFrom:
      "none: a network or encryption policy (requestParameters.name, .type) applies to every collection it matches — every search-serverless asset in the region",
    resource: () => ({}),
  }),
];
