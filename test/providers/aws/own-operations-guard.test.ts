// The Lambda's own S3 client (the org-scan results object) is built with the shared configuration and a guard:
// only its listed operation leaves; any other command is refused before it reaches the wire.
import { GetObjectCommand, ListBucketsCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { ORG_SCAN_OWN_OPERATIONS } from "../../../providers/aws/accounts/org-scan.js";
import { createOwnAwsClient } from "../../../providers/aws/clients.js";
import { UnlistedOperationError } from "../../../providers/aws/read-guard.js";

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ estate: { aws: { accounts: [{ id: "111122223333" }] } } });
});
afterAll(() => emulator.close());

describe("createOwnAwsClient", () => {
  const client = () =>
    createOwnAwsClient(
      S3Client,
      { concurrency: 1, maxAttempts: 1, endpoint: emulator.endpoint },
      "us-east-1",
      ORG_SCAN_OWN_OPERATIONS,
      { forcePathStyle: true },
    );

  it("refuses a command not in its own list, before the wire", async () => {
    emulator.resetStats();
    await expect(client().send(new ListBucketsCommand({}))).rejects.toBeInstanceOf(UnlistedOperationError);
    expect(emulator.calls()).toEqual({});
  });

  it("lets its listed operation out, with the shared request timeout configured", async () => {
    emulator.resetStats();
    const s3 = client();
    await expect(s3.send(new GetObjectCommand({ Bucket: "results", Key: "k" }))).rejects.not.toBeInstanceOf(
      UnlistedOperationError,
    );
    expect(Object.keys(emulator.calls()).join()).toMatch(/GetObject/);
    const handler = s3.config.requestHandler as unknown as { configProvider?: Promise<unknown> };
    expect(await handler.configProvider).toMatchObject({ requestTimeout: expect.any(Number) });
  });
});
