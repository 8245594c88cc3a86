import type { AwsOperation } from "../operation.js";

export const S3_ACCESS_POINT_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "s3-control",
    operation: "ListAccessPoints",
    iamAction: "s3:ListAccessPoints",
    why: "enumerate the account's access points per region",
  },
  {
    client: "s3-control",
    operation: "GetAccessPoint",
    iamAction: "s3:GetAccessPoint",
    why: "network origin, VPC, own Block Public Access and bucket of an access point",
  },
  {
    client: "s3-control",
    operation: "GetAccessPointPolicy",
    iamAction: "s3:GetAccessPointPolicy",
    why: "public access granted by the access point policy",
  },
  {
    client: "s3-control",
    operation: "GetAccessPointPolicyStatus",
    iamAction: "s3:GetAccessPointPolicyStatus",
    why: "AWS's own public verdict on the access point policy, as evidence",
  },
];
