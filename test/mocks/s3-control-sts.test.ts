import { request } from "node:http";
import { GetPublicAccessBlockCommand } from "@aws-sdk/client-s3-control";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../mocks/index.js";
import type { Emulator } from "../../mocks/index.js";
import { s3control, sdkError, sts } from "./helpers.js";

const ESTATE = new URL("./fixtures/estate.yaml", import.meta.url).pathname;
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ estate: ESTATE });
});
afterAll(() => emu.close());

describe("S3 Control", () => {
  it("returns the account-level Block Public Access configuration", async () => {
    const out = await s3control(emu).send(new GetPublicAccessBlockCommand({ AccountId: "111122223333" }));
    expect(out.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    });
    expect(emu.calls()["s3control:GetPublicAccessBlock"]).toBe(1);
  });

  it("answers NoSuchPublicAccessBlockConfiguration for an account without one", async () => {
    const client = s3control(emu);
    client.config.credentials = async () => ({ accessKeyId: "AKIAOTHER", secretAccessKey: "x" });
    const err = await sdkError(client.send(new GetPublicAccessBlockCommand({ AccountId: "444455556666" })));
    expect(err).toMatchObject({ name: "NoSuchPublicAccessBlockConfiguration", status: 404 });
  });

  it("denies reading another account's configuration", async () => {
    const err = await sdkError(
      s3control(emu).send(new GetPublicAccessBlockCommand({ AccountId: "444455556666" })),
    );
    expect(err).toMatchObject({ name: "AccessDenied", status: 403 });
  });
});

describe("STS", () => {
  it("GetCallerIdentity maps the access key to its account", async () => {
    const mine = await sts(emu).send(new GetCallerIdentityCommand({}));
    expect(mine).toMatchObject({
      Account: "111122223333",
      Arn: "arn:aws:iam::111122223333:user/aiposture-audit",
    });
    const other = await sts(emu, "AKIAOTHER").send(new GetCallerIdentityCommand({}));
    expect(other).toMatchObject({
      Account: "444455556666",
      Arn: "arn:aws:sts::444455556666:assumed-role/Auditor/ci",
      UserId: "AROAEXAMPLE:ci",
    });
  });

  it("maps unknown access keys to the first account", async () => {
    const out = await sts(emu, "AKIAUNKNOWN").send(new GetCallerIdentityCommand({}));
    expect(out.Account).toBe("111122223333");
  });

  it("rejects an unsigned call with MissingAuthenticationToken", async () => {
    const body = "Action=GetCallerIdentity&Version=2011-06-15";
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        emu.endpoint,
        { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" } },
        (r) => {
          let text = "";
          r.on("data", (c: Buffer) => (text += c.toString()));
          r.on("end", () => resolve({ status: r.statusCode ?? 0, body: text }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(res.status).toBe(403);
    expect(res.body).toContain("<Code>MissingAuthenticationToken</Code>");
  });
});
