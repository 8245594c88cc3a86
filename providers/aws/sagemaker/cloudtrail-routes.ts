import { requestParameter, responseElement, routesFor, type CloudTrailDetail } from "../cloudtrail.js";

/** SageMaker ARNs carry the resource name in lower case. */
const resourceNamed =
  (nameKey: string, arnKey: string, arnType: string) =>
  (detail: CloudTrailDetail, region: string, account: string, partition: string) => {
    const name = requestParameter(detail, nameKey);
    if (!name) return undefined;
    return {
      name,
      resourceId:
        responseElement(detail, arnKey) ??
        `arn:${partition}:sagemaker:${region}:${account}:${arnType}/${name.toLowerCase()}`,
    };
  };

const SOURCE = "sagemaker.amazonaws.com";

export const SAGEMAKER_ROUTES = [
  ...routesFor(SOURCE, ["CreateEndpoint", "UpdateEndpoint"], {
    kinds: ["model-endpoint"],
    idFrom:
      "responseElements.endpointArn, else requestParameters.endpointName → arn:aws:sagemaker:REGION:ACCOUNT:endpoint/name",
    resource: resourceNamed("endpointName", "endpointArn", "endpoint"),
  }),
  ...routesFor(SOURCE, ["CreateEndpointConfig"], {
    kinds: ["model-endpoint"],
    // A new configuration changes nothing until an endpoint uses it; the endpoints that do are re-read.
    idFrom: "requestParameters.endpointConfigName; no single asset: every model endpoint in the region",
    resource: (detail) => {
      const name = requestParameter(detail, "endpointConfigName");
      return name ? { name } : undefined;
    },
  }),
  ...routesFor(SOURCE, ["CreateNotebookInstance", "UpdateNotebookInstance"], {
    kinds: ["notebook"],
    idFrom:
      "responseElements.notebookInstanceArn, else requestParameters.notebookInstanceName → arn:aws:sagemaker:REGION:ACCOUNT:notebook-instance/name",
    resource: resourceNamed("notebookInstanceName", "notebookInstanceArn", "notebook-instance"),
  }),
];
