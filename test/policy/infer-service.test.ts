import { describe, expect, it } from "vitest";
import { evaluatePolicy } from "../../providers/aws/policy/index.js";

const accessPointPolicy = (actions: string[]) => ({
  Statement: [
    {
      Effect: "Allow",
      Principal: "*",
      Action: actions,
      Resource: "arn:aws:s3:::b/*",
      Condition: {
        StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-east-1:111122223333:accesspoint/*" },
      },
    },
  ],
});

describe("service inference when none is given", () => {
  it("treats a policy on S3 actions and resources as a bucket policy (access point name wildcard allowed)", () => {
    expect(evaluatePolicy(accessPointPolicy(["s3:GetObject"]))).toMatchObject({ ok: true, public: false });
  });

  it("stays generic when the policy mixes services, so the S3-only rule does not apply", () => {
    expect(evaluatePolicy(accessPointPolicy(["s3:GetObject", "sqs:SendMessage"]))).toMatchObject({
      ok: true,
      public: true,
    });
  });

  it("an explicit service wins over inference", () => {
    expect(evaluatePolicy(accessPointPolicy(["s3:GetObject"]), { service: "generic" })).toMatchObject({
      public: true,
    });
  });
});
