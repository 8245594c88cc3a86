import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

// Low on its own: an Internet origin is only reachable as far as the policies allow; a VPC origin is a second fence.
export default defineCheck({
  id: "access-point.internet-origin",
  title: "S3 access points should accept requests only from a VPC",
  kind: "access-point",
  category: "network",
  severity: "low",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create the access point with a VPC network origin (the origin cannot be changed afterwards), move clients to it and delete the Internet-origin access point.",
    cli: {
      aws: "aws s3control create-access-point --account-id ACCOUNT --name NEW_NAME --bucket BUCKET --vpc-configuration VpcId=VPC_ID",
    },
  },
  messages: {
    internet: "Access point accepts requests from the internet (NetworkOrigin Internet)",
    vpc: "Access point accepts requests only from VPC {{vpcId}}",
  },
  evaluate: (point) =>
    whenKnown("access point network origin", point.networkOrigin, (network) =>
      network.origin === "VPC" ? pass("vpc", { vpcId: network.vpcId ?? "" }) : fail("internet"),
    ),
});
