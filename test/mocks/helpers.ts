// Real SDK clients pointed at the emulator, with dummy credentials and no retries unless asked.
import { S3Client } from "@aws-sdk/client-s3";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import { S3ControlClient } from "@aws-sdk/client-s3-control";
import { STSClient } from "@aws-sdk/client-sts";
import type { Emulator } from "../../mocks/index.js";

export const credentials = { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" };

export function s3(emu: Emulator, region = "us-east-1", extra: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({
    endpoint: emu.endpoint,
    forcePathStyle: true,
    region,
    credentials,
    maxAttempts: 1,
    ...extra,
  });
}

export function s3control(emu: Emulator, region = "us-east-1"): S3ControlClient {
  // S3 Control's endpoint rules prepend "{AccountId}." to any custom endpoint, even with disableHostPrefix,
  // giving "http://111122223333.127.0.0.1:PORT" (not a URL); an endpointProvider bypasses the rules.
  return new S3ControlClient({
    endpointProvider: () => ({ url: new URL(emu.endpoint) }),
    disableHostPrefix: true,
    region,
    credentials,
    maxAttempts: 1,
  });
}

export function sts(emu: Emulator, accessKeyId = credentials.accessKeyId): STSClient {
  return new STSClient({
    endpoint: emu.endpoint,
    region: "us-east-1",
    credentials: { ...credentials, accessKeyId },
    maxAttempts: 1,
  });
}

/** The SDK error a promise rejects with, so tests can assert its name and HTTP status. */
export async function sdkError(
  promise: Promise<unknown>,
): Promise<{ name: string; status: number | undefined; error: Error }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, error: e };
  }
  throw new Error("expected the call to fail");
}
