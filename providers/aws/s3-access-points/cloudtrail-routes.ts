// S3 Control calls that change an access point, logged with eventSource s3.amazonaws.com like the bucket calls.
// An access point's Block Public Access and network origin are fixed when it is created (S3 has no call that
// changes them), so creation and its policy are what can change its verdict.
import { requestParameter, resourceArn, routesFor, type CloudTrailDetail } from "../cloudtrail.js";

const accessPoint = (detail: CloudTrailDetail, region: string, account: string, partition: string) => {
  const listed = resourceArn(detail, "AWS::S3::AccessPoint");
  const name = requestParameter(detail, "name") ?? listed?.split(":accesspoint/")[1];
  if (!name) return undefined;
  return { name, resourceId: `arn:${partition}:s3:${region}:${account}:accesspoint/${name}` };
};

export const S3_ACCESS_POINT_ROUTES = routesFor(
  "s3.amazonaws.com",
  ["CreateAccessPoint", "PutAccessPointPolicy", "DeleteAccessPointPolicy"],
  {
    kinds: ["access-point"],
    idFrom:
      "requestParameters.name, else the resources entry of type AWS::S3::AccessPoint → arn:aws:s3:REGION:ACCOUNT:accesspoint/NAME",
    resource: accessPoint,
  },
);
