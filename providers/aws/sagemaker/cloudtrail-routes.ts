import {
  arnRouted,
  requestParameter,
  responseElement,
  routesFor,
  type CloudTrailDetail,
} from "../cloudtrail.js";

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
  ...routesFor(SOURCE, ["CreateTrainingJob"], {
    kinds: ["training-job"],
    idFrom: idFrom("trainingJobArn", "trainingJobName", "training-job"),
    resource: resourceNamed("trainingJobName", "trainingJobArn", "training-job"),
  }),
  ...routesFor(SOURCE, ["CreateProcessingJob"], {
    kinds: ["ml-job"],
    idFrom: idFrom("processingJobArn", "processingJobName", "processing-job"),
    resource: resourceNamed("processingJobName", "processingJobArn", "processing-job"),
  }),
  ...routesFor(SOURCE, ["CreateHyperParameterTuningJob"], {
    kinds: ["ml-job"],
    idFrom: idFrom("hyperParameterTuningJobArn", "hyperParameterTuningJobName", "hyper-parameter-tuning-job"),
    resource: resourceNamed(
      "hyperParameterTuningJobName",
      "hyperParameterTuningJobArn",
      "hyper-parameter-tuning-job",
    ),
  }),
  ...routesFor(SOURCE, ["CreateAutoMLJob", "CreateAutoMLJobV2"], {
    kinds: ["ml-job"],
    idFrom: idFrom("autoMLJobArn", "autoMLJobName", "automl-job"),
    resource: resourceNamed("autoMLJobName", "autoMLJobArn", "automl-job"),
  }),
  ...routesFor(SOURCE, ["CreateMonitoringSchedule", "UpdateMonitoringSchedule"], {
    kinds: ["ml-job"],
    idFrom: idFrom("monitoringScheduleArn", "monitoringScheduleName", "monitoring-schedule"),
    resource: resourceNamed("monitoringScheduleName", "monitoringScheduleArn", "monitoring-schedule"),
  }),
  ...(["DataQuality", "ModelQuality", "ModelBias", "ModelExplainability"] as const).flatMap((type) => {
    const arnType = `${type.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}-job-definition`;
    return routesFor(SOURCE, [`Create${type}JobDefinition`], {
      kinds: ["ml-job"],
      idFrom: idFrom("jobDefinitionArn", "jobDefinitionName", arnType),
      resource: resourceNamed("jobDefinitionName", "jobDefinitionArn", arnType),
    });
  }),
  ...routesFor(SOURCE, ["CreateDomain", "UpdateDomain"], {
    kinds: ["ml-workspace"],
    // A domain's ARN ends in its id (d-…), which CreateDomain's request does not carry.
    idFrom:
      "responseElements.domainArn, else requestParameters.domainId → arn:aws:sagemaker:REGION:ACCOUNT:domain/ID; a create without a response: every ml-workspace asset in the region",
    resource: arnRouted("sagemaker", "domain", {
      response: ["domainArn"],
      request: ["domainId"],
      nameKeys: ["domainName"],
    }),
  }),
  ...routesFor(SOURCE, ["CreateFeatureGroup", "UpdateFeatureGroup"], {
    kinds: ["feature-store"],
    idFrom: idFrom("featureGroupArn", "featureGroupName", "feature-group"),
    resource: resourceNamed("featureGroupName", "featureGroupArn", "feature-group"),
  }),
  ...routesFor(
    SOURCE,
    ["CreateModelPackageGroup", "PutModelPackageGroupPolicy", "DeleteModelPackageGroupPolicy"],
    {
      kinds: ["model-package-group"],
      idFrom: idFrom("modelPackageGroupArn", "modelPackageGroupName", "model-package-group"),
      resource: resourceNamed("modelPackageGroupName", "modelPackageGroupArn", "model-package-group"),
    },
  ),
  ...routesFor(SOURCE, ["UpdateModelPackage"], {
    kinds: ["model-package-group", "model"],
    // An approval change moves the verdict of every model built from the package: no single asset.
    idFrom:
      "requestParameters.modelPackageArn names a package, not an asset: every model-package-group and model asset in the region",
    resource: (detail) => {
      const name = requestParameter(detail, "modelPackageArn");
      return name ? { name } : {};
    },
  }),
];

function idFrom(arnKey: string, nameKey: string, arnType: string): string {
  return `responseElements.${arnKey}, else requestParameters.${nameKey} → arn:aws:sagemaker:REGION:ACCOUNT:${arnType}/name`;
}
