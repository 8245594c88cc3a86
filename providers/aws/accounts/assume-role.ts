import { AssumeRoleCommand, STSClient, type Credentials } from "@aws-sdk/client-sts";
import type { AwsScanOptions, StaticCredentials } from "../options.js";
import type { CollectionError } from "../../../src/model/inventory.js";
import { createAwsClient } from "../clients.js";
import type { AwsReader } from "../reader.js";
import { SESSION_NAME } from "./options.js";

export interface AssumeRoleRequest {
  roleArn: string;
  /** The role's account: error entries are about it. */
  account: string;
  region: string;
  externalId?: string;
}

/**
 * STS AssumeRole through the shared reader (listed, bounded; a failure becomes an error entry for the role's
 * account). Returns static temporary credentials: reading one account takes far less than the default
 * one-hour session, so no refreshing provider is needed. `caller` holds the credentials that assume.
 */
export async function assumeRole(
  reader: AwsReader,
  errors: CollectionError[],
  caller: AwsScanOptions,
  request: AssumeRoleRequest,
): Promise<StaticCredentials | undefined> {
  const client = createAwsClient(STSClient, caller, request.region);
  try {
    const result = await reader.read<{ Credentials?: Credentials }>(
      "sts",
      client,
      new AssumeRoleCommand({
        RoleArn: request.roleArn,
        RoleSessionName: SESSION_NAME,
        ...(request.externalId ? { ExternalId: request.externalId } : {}),
      }),
      { region: request.region, resource: request.roleArn },
    );
    if (!result.ok) return undefined;
    const credentials = result.value?.Credentials;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
      // Answered without credentials: the account cannot be read, which is a gap, not an empty account.
      errors.push({
        provider: "aws",
        account: request.account,
        region: request.region,
        service: "sts",
        operation: "AssumeRole",
        resource: request.roleArn,
        code: "MissingCredentials",
        message: "AssumeRole answered without Credentials",
      });
      return undefined;
    }
    return {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    };
  } finally {
    client.destroy();
  }
}
