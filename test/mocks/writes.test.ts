import { request } from "node:http";
import { DeleteBucketPolicyCommand, PutBucketAclCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { PutPublicAccessBlockCommand } from "@aws-sdk/client-s3-control";
import { GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../mocks/index.js";
import type { Emulator } from "../../mocks/index.js";
import { s3, s3control, sdkError, sts } from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({
    estate: { aws: { accounts: [{ id: "111122223333", s3: { buckets: [{ Name: "ai-data" }] } }] } },
  });
});
afterAll(() => emu.close());
beforeEach(() => emu.resetStats());

describe("the emulator is read-only", () => {
  it("records and refuses S3 writes", async () => {
    const client = s3(emu);
    expect(
      await sdkError(client.send(new PutBucketAclCommand({ Bucket: "ai-data", ACL: "public-read" }))),
    ).toMatchObject({ name: "AccessDenied", status: 403 });
    await sdkError(client.send(new DeleteBucketPolicyCommand({ Bucket: "ai-data" })));
    await sdkError(client.send(new PutObjectCommand({ Bucket: "ai-data", Key: "x.txt", Body: "x" })));
    expect(emu.writesAttempted()).toEqual([
      "s3:PutBucketAcl ai-data",
      "s3:DeleteBucketPolicy ai-data",
      "s3:PutObject ai-data",
    ]);
  });

  it("records and refuses S3 Control and STS writes", async () => {
    const pab = { BlockPublicAcls: true };
    await sdkError(
      s3control(emu).send(
        new PutPublicAccessBlockCommand({ AccountId: "111122223333", PublicAccessBlockConfiguration: pab }),
      ),
    );
    // AssumeRole is allowed (it changes no cloud state; organization-wide scans need it): see accounts tests.
    const err = await sdkError(sts(emu).send(new GetSessionTokenCommand({})));
    expect(err).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(emu.writesAttempted()).toEqual([
      "s3control:PutPublicAccessBlock 111122223333",
      "sts:GetSessionToken",
    ]);
  });

  it("rejects unsigned requests with the service's own error and does not count them as writes", async () => {
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${emu.endpoint}/ai-data?policy`, (r) => {
        let body = "";
        r.on("data", (c: Buffer) => (body += c.toString()));
        r.on("end", () => resolve({ status: r.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(res.status).toBe(403);
    expect(res.body).toContain("<Code>AccessDenied</Code>");
    expect(emu.writesAttempted()).toEqual([]);
  });

  it("resetStats clears calls, writes and redirects", async () => {
    await sdkError(s3(emu).send(new PutBucketAclCommand({ Bucket: "ai-data", ACL: "private" })));
    emu.resetStats();
    expect(emu.calls()).toEqual({});
    expect(emu.writesAttempted()).toEqual([]);
    expect(emu.redirects()).toBe(0);
  });
});
