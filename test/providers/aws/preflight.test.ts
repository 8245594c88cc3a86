// Which failed identity calls stop a scan (credentials: none, a missing profile, refused) and which do not.
import { describe, expect, it } from "vitest";
import { credentialProblem } from "../../../providers/aws/account/preflight.js";
import type { CollectionError } from "../../../src/model/inventory.js";

const failure = (code: string, message = "failed"): CollectionError => ({
  provider: "aws",
  account: "unknown",
  region: "us-east-1",
  service: "sts",
  operation: "GetCallerIdentity",
  code,
  message,
});
const profiles = () => ["audit", "default"];

describe("credentialProblem", () => {
  it("no credentials, without a profile: the ways to configure them", () => {
    expect(credentialProblem(failure("CredentialsProviderError"), undefined, profiles)).toMatch(
      /^aws: no credentials found .*aws configure.*--profile/,
    );
  });

  it("a profile that is not in the files: named, with the profiles there are", () => {
    expect(credentialProblem(failure("CredentialsProviderError"), "nosuch", profiles)).toMatch(
      /profile "nosuch" does not exist .*profiles there: audit, default/,
    );
  });

  it("a profile that exists but gives no credentials: how to sign in to it", () => {
    expect(credentialProblem(failure("CredentialsProviderError"), "audit", profiles)).toContain(
      "aws sso login --profile audit",
    );
  });

  it.each(["InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken"])("%s: refused", (code) => {
    expect(credentialProblem(failure(code), "audit", profiles)).toContain(
      `credentials of profile "audit" were refused (${code}`,
    );
  });

  it.each(["AccessDenied", "Throttling", "TimeoutError", "ECONNREFUSED"])(
    "%s is not about credentials: the scan goes on and records it",
    (code) => {
      expect(credentialProblem(failure(code), undefined, profiles)).toBeUndefined();
    },
  );
});
