// The emulated services, tried in order: the first whose matches() accepts a request owns it.
// To add a service: write services/<name>.ts exporting a ServiceEmulator and list it here.
import type { ServiceEmulator } from "../types.js";
import { bedrock } from "../../providers/aws/bedrock/emulator/bedrock.js";
import { bedrockAgent } from "../../providers/aws/bedrock/emulator/bedrock-agent.js";
import { dynamodb } from "./dynamodb.js";
import { organizations } from "../../providers/aws/accounts/emulator/organizations.js";
import { guardduty } from "../../providers/aws/guardduty/emulator/guardduty.js";
import { kms } from "../../providers/aws/kms/emulator/kms.js";
import { opensearch } from "../../providers/aws/opensearch/emulator/opensearch.js";
import { opensearchServerless } from "../../providers/aws/opensearch-serverless/emulator/opensearch-serverless.js";
import { s3 } from "../../providers/aws/s3/emulator/s3.js";
import { s3control } from "../../providers/aws/s3/emulator/s3-control.js";
import { sagemaker } from "../../providers/aws/sagemaker/emulator/sagemaker.js";
import { sns } from "./sns.js";
import { sts } from "../../providers/aws/account/emulator/sts.js";

// sns before sts: an unsigned aws-query request naming a TopicArn is SNS's.
export const SERVICES: readonly ServiceEmulator[] = [
  s3control,
  sns,
  dynamodb,
  organizations,
  bedrockAgent,
  bedrock,
  guardduty,
  opensearch,
  opensearchServerless,
  kms,
  sagemaker,
  sts,
  s3,
];
