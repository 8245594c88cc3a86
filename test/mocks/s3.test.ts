import { request } from "node:http";
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../mocks/index.js";
import type { Emulator } from "../../mocks/index.js";
import { s3, sdkError } from "./helpers.js";

const ESTATE = new URL("./fixtures/estate.yaml", import.meta.url).pathname;
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ estate: ESTATE });
});
afterAll(() => emu.close());
beforeEach(() => emu.resetStats());

describe("S3 bucket configuration reads", () => {
  it("GetBucketPolicy returns the raw policy JSON, NoSuchBucketPolicy when there is none", async () => {
    const out = await s3(emu).send(new GetBucketPolicyCommand({ Bucket: "ai-training-phi" }));
    expect(JSON.parse(out.Policy ?? "")).toMatchObject({ Statement: [{ Principal: "*", Effect: "Allow" }] });
    const eu = await s3(emu, "eu-west-1").send(new GetBucketPolicyCommand({ Bucket: "ai-models-eu" }));
    expect(eu.Policy).toContain('"aws:SourceIp"'); // a policy given as a string is returned verbatim
    const err = await sdkError(s3(emu).send(new GetBucketPolicyCommand({ Bucket: "ai-plain" })));
    expect(err).toMatchObject({ name: "NoSuchBucketPolicy", status: 404 });
    expect(emu.calls()).toEqual({ "s3:GetBucketPolicy": 3 });
  });

  it("GetBucketPolicyStatus: estate value, else derived from the policy, else NoSuchBucketPolicy", async () => {
    const pub = await s3(emu).send(new GetBucketPolicyStatusCommand({ Bucket: "ai-training-phi" }));
    expect(pub.PolicyStatus?.IsPublic).toBe(true);
    const conditioned = await s3(emu, "eu-west-1").send(
      new GetBucketPolicyStatusCommand({ Bucket: "ai-models-eu" }),
    );
    expect(conditioned.PolicyStatus?.IsPublic).toBe(false);
    const given = await s3(emu).send(new GetBucketPolicyStatusCommand({ Bucket: "ai-secret-weights" }));
    expect(given.PolicyStatus?.IsPublic).toBe(false);
    const err = await sdkError(s3(emu).send(new GetBucketPolicyStatusCommand({ Bucket: "ai-plain" })));
    expect(err.name).toBe("NoSuchBucketPolicy");
  });

  it("GetBucketAcl returns typed grantees; the default is the owner with FULL_CONTROL", async () => {
    const out = await s3(emu).send(new GetBucketAclCommand({ Bucket: "ai-training-phi" }));
    expect(out.Owner?.ID).toBe("abc123owner");
    expect(out.Grants).toEqual([
      { Grantee: { Type: "CanonicalUser", ID: "abc123owner" }, Permission: "FULL_CONTROL" },
      {
        Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
        Permission: "READ",
      },
    ]);
    const plain = await s3(emu).send(new GetBucketAclCommand({ Bucket: "ai-plain" }));
    expect(plain.Grants).toHaveLength(1);
    expect(plain.Grants?.[0]).toMatchObject({
      Grantee: { Type: "CanonicalUser", ID: plain.Owner?.ID },
      Permission: "FULL_CONTROL",
    });
    expect(plain.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it("GetPublicAccessBlock returns all four flags, NoSuchPublicAccessBlockConfiguration when unset", async () => {
    const out = await s3(emu).send(new GetPublicAccessBlockCommand({ Bucket: "ai-training-phi" }));
    expect(out.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: false,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    });
    const err = await sdkError(s3(emu).send(new GetPublicAccessBlockCommand({ Bucket: "ai-plain" })));
    expect(err).toMatchObject({ name: "NoSuchPublicAccessBlockConfiguration", status: 404 });
  });

  it("GetBucketEncryption: estate rules, SSE-S3 by default, not-found error for Encryption: null", async () => {
    const kms = await s3(emu).send(new GetBucketEncryptionCommand({ Bucket: "ai-training-phi" }));
    expect(kms.ServerSideEncryptionConfiguration?.Rules).toEqual([
      {
        ApplyServerSideEncryptionByDefault: {
          SSEAlgorithm: "aws:kms",
          KMSMasterKeyID: "arn:aws:kms:us-east-1:111122223333:key/1234",
        },
        BucketKeyEnabled: true,
      },
    ]);
    const dflt = await s3(emu).send(new GetBucketEncryptionCommand({ Bucket: "ai-secret-weights" }));
    expect(
      dflt.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
    ).toBe("AES256");
    const err = await sdkError(s3(emu).send(new GetBucketEncryptionCommand({ Bucket: "ai-plain" })));
    expect(err).toMatchObject({ name: "ServerSideEncryptionConfigurationNotFoundError", status: 404 });
  });

  it("GetBucketLogging and GetBucketVersioning are empty when off", async () => {
    const on = await s3(emu).send(new GetBucketLoggingCommand({ Bucket: "ai-training-phi" }));
    expect(on.LoggingEnabled).toEqual({ TargetBucket: "ai-logs", TargetPrefix: "phi/" });
    const off = await s3(emu).send(new GetBucketLoggingCommand({ Bucket: "ai-plain" }));
    expect(off.LoggingEnabled).toBeUndefined();
    const ver = await s3(emu).send(new GetBucketVersioningCommand({ Bucket: "ai-training-phi" }));
    expect(ver).toMatchObject({ Status: "Enabled", MFADelete: "Disabled" });
    const never = await s3(emu).send(new GetBucketVersioningCommand({ Bucket: "ai-plain" }));
    expect(never.Status).toBeUndefined();
    expect(never.MFADelete).toBeUndefined();
  });

  it("GetBucketTagging returns the TagSet, NoSuchTagSet when untagged", async () => {
    const out = await s3(emu).send(new GetBucketTaggingCommand({ Bucket: "ai-training-phi" }));
    expect(out.TagSet).toEqual([{ Key: "data-classification", Value: "phi" }]);
    const err = await sdkError(s3(emu).send(new GetBucketTaggingCommand({ Bucket: "ai-plain" })));
    expect(err).toMatchObject({ name: "NoSuchTagSet", status: 404 });
  });

  it("GetBucketOwnershipControls returns rules, OwnershipControlsNotFoundError when unset", async () => {
    const out = await s3(emu).send(new GetBucketOwnershipControlsCommand({ Bucket: "ai-training-phi" }));
    expect(out.OwnershipControls?.Rules).toEqual([{ ObjectOwnership: "BucketOwnerEnforced" }]);
    const err = await sdkError(s3(emu).send(new GetBucketOwnershipControlsCommand({ Bucket: "ai-plain" })));
    expect(err).toMatchObject({ name: "OwnershipControlsNotFoundError", status: 404 });
  });

  it("GetBucketLocation answers from any region; us-east-1 is an empty constraint", async () => {
    const eu = await s3(emu, "us-east-1").send(new GetBucketLocationCommand({ Bucket: "ai-models-eu" }));
    expect(eu.LocationConstraint).toBe("eu-west-1");
    const us = await s3(emu).send(new GetBucketLocationCommand({ Bucket: "ai-plain" }));
    expect(us.LocationConstraint ?? "").toBe("");
    expect(emu.redirects()).toBe(0);
  });

  it("HeadBucket returns the region; unknown buckets are NoSuchBucket (NotFound for HEAD)", async () => {
    const head = await s3(emu).send(new HeadBucketCommand({ Bucket: "ai-plain" }));
    expect(head.BucketRegion).toBe("us-east-1");
    expect(await sdkError(s3(emu).send(new HeadBucketCommand({ Bucket: "nope-nope" })))).toMatchObject({
      name: "NotFound",
      status: 404,
    });
    const err = await sdkError(s3(emu).send(new GetBucketPolicyCommand({ Bucket: "nope-nope" })));
    expect(err).toMatchObject({ name: "NoSuchBucket", status: 404 });
  });

  it("another account's bucket is AccessDenied, not missing", async () => {
    const err = await sdkError(
      s3(emu, "us-west-2").send(new GetBucketPolicyCommand({ Bucket: "other-account-bucket" })),
    );
    expect(err).toMatchObject({ name: "AccessDenied", status: 403 });
  });
});

describe("S3 region handling", () => {
  it("answers a request signed for the wrong region with 301 PermanentRedirect and x-amz-bucket-region", async () => {
    const err = await sdkError(
      s3(emu, "us-east-1").send(new GetBucketAclCommand({ Bucket: "ai-models-eu" })),
    );
    expect(err).toMatchObject({ name: "PermanentRedirect", status: 301 });
    const response = (err.error as unknown as { $response?: { headers: Record<string, string> } }).$response;
    expect(response?.headers["x-amz-bucket-region"]).toBe("eu-west-1");
    expect(emu.redirects()).toBe(1);
  });

  it("lets the SDK follow the redirect when followRegionRedirects is on", async () => {
    const client = s3(emu, "us-east-1", { followRegionRedirects: true });
    const out = await client.send(new GetBucketAclCommand({ Bucket: "ai-models-eu" }));
    expect(out.Grants?.[0]?.Permission).toBe("FULL_CONTROL");
    expect(emu.redirects()).toBe(1);
    expect(emu.calls()["s3:GetBucketAcl"]).toBe(2);
  });
});

describe("S3 addressing", () => {
  const raw = (host: string, path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(emu.endpoint);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path,
          method: "GET",
          headers: {
            host: `${host}:${url.port}`,
            authorization:
              "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0",
          },
        },
        (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end();
    });

  it("routes virtual-hosted requests by the Host header", async () => {
    const local = await raw("ai-training-phi.localhost", "/?tagging");
    expect(local.status).toBe(200);
    expect(local.body).toContain("<Key>data-classification</Key>");
    const aws = await raw("ai-plain.s3.us-east-1.amazonaws.com", "/?policy");
    expect(aws.status).toBe(404);
    expect(aws.body).toContain("<Code>NoSuchBucketPolicy</Code>");
    expect(emu.calls()).toEqual({ "s3:GetBucketTagging": 1, "s3:GetBucketPolicy": 1 });
  });

  it("routes path-style requests by the first path segment", async () => {
    const res = await raw("127.0.0.1", "/ai-training-phi?versioning");
    expect(res.body).toContain("<Status>Enabled</Status>");
    expect(res.body).toContain('xmlns="http://s3.amazonaws.com/doc/2006-03-01/"');
  });
});
