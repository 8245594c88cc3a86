// The emulated services, tried in order: the first whose matches() accepts a request owns it.
// To add a service: write services/<name>.ts exporting a ServiceEmulator and list it here.
import type { ServiceEmulator } from "../types.js";
import { bedrock } from "./bedrock.js";
import { bedrockAgent } from "./bedrock-agent.js";
import { dynamodb } from "./dynamodb.js";
import { organizations } from "./organizations.js";
import { guardduty } from "./guardduty.js";
import { kms } from "./kms.js";
import { opensearch } from "./opensearch.js";
import { opensearchServerless } from "./opensearch-serverless.js";
import { s3 } from "./s3.js";
import { s3control } from "./s3-control.js";
import { sagemaker } from "./sagemaker.js";
import { sns } from "./sns.js";
import { sts } from "./sts.js";
// TEMPORARY until mocks/ loads each manifest's emulator: remove when merging.
import { s3AccessPoints } from "../../providers/aws/s3-access-points/emulator/handler.js";

// sns before sts: an unsigned aws-query request naming a TopicArn is SNS's.
export const SERVICES: readonly ServiceEmulator[] = [
  s3AccessPoints, // TEMPORARY (see import)
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
