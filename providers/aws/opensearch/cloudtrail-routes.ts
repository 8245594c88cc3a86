import { requestParameter, routesFor, type CloudTrailDetail } from "../cloudtrail.js";

const domain = (detail: CloudTrailDetail, region: string, account: string, partition: string) => {
  const status = detail.responseElements?.domainStatus as { aRN?: string; domainName?: string } | undefined;
  const name = requestParameter(detail, "domainName") ?? status?.domainName;
  if (!name) return undefined;
  return { name, resourceId: status?.aRN ?? `arn:${partition}:es:${region}:${account}:domain/${name}` };
};

export const OPENSEARCH_ROUTES = routesFor("es.amazonaws.com", ["CreateDomain", "UpdateDomainConfig"], {
  kinds: ["search"],
  idFrom:
    "responseElements.domainStatus.aRN, else requestParameters.domainName → arn:aws:es:REGION:ACCOUNT:domain/NAME",
  resource: domain,
});
