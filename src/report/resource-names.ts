// The names remediation commands ask for, read from a finding's resource id: an ARN (arn:partition:service:
// region:account:resource) or an Azure Resource Manager id (/subscriptions/S/resourceGroups/G/providers/
// Namespace/type/name[/subtype/name]). Only the id formats are known here, never a cloud's API.
import type { Finding } from "../model/finding.js";

export function placeholderValues(finding: Finding): Record<string, string> {
  return finding.provider === "azure" ? azureValues(finding) : awsValues(finding);
}

function awsValues(finding: Finding): Record<string, string> {
  const values: Record<string, string> = {
    REGION: finding.region,
    ACCOUNT_ID: finding.account,
    NAME: finding.resource.name,
  };
  const arn = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.*)$/.exec(finding.resource.id);
  if (!arn) return values;
  const [, service, resource = ""] = arn;
  const [kind, ...rest] = resource.split("/");
  const id = rest.join("/");
  if (service === "s3" && !resource.includes("/")) values.BUCKET = resource;
  if (service === "es" && kind === "domain") values.DOMAIN = id;
  if (service === "sagemaker" && kind === "endpoint") values.ENDPOINT = id;
  if (service === "guardduty" && kind === "detector") values.DETECTOR_ID = id;
  if (service === "bedrock" && kind === "agent") values.AGENT_ID = id;
  if (service === "bedrock" && kind === "guardrail") values.GUARDRAIL_ID = id;
  return values;
}

function azureValues(finding: Finding): Record<string, string> {
  const id = finding.resource.id;
  const values: Record<string, string> = { LOCATION: finding.region, NAME: finding.resource.name };
  const group = /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
  if (group) values.GROUP = group;
  const provider = /\/providers\/([^/]+)\/([^/]+)\/([^/]+)(?:\/([^/]+)\/([^/]+))?/i.exec(id);
  if (!provider) return values;
  const [, namespace = "", type = "", name = "", subtype = "", subname = ""] = provider;
  const top = `${namespace}/${type}`.toLowerCase();
  const topId = id.slice(
    0,
    id.toLowerCase().indexOf(`/${type.toLowerCase()}/${name.toLowerCase()}`) + type.length + name.length + 2,
  );
  if (top === "microsoft.storage/storageaccounts")
    Object.assign(values, { ACCOUNT: name, STORAGE_ID: topId });
  if (top === "microsoft.cognitiveservices/accounts")
    Object.assign(values, { ACCOUNT: name, ACCOUNT_ID: topId });
  if (top === "microsoft.search/searchservices") Object.assign(values, { SERVICE: name, SERVICE_ID: topId });
  if (top === "microsoft.machinelearningservices/workspaces") {
    values.WORKSPACE = name;
    if (subtype.toLowerCase() === "onlineendpoints") values.ENDPOINT = subname;
  }
  return values;
}
