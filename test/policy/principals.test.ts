import { describe, expect, it } from "vitest";
import { expectReason, policy, stmt, verdict } from "./helpers.js";

describe("principals", () => {
  const open: Array<{ name: string; principal: unknown; label: string; reason: string }> = [
    { name: 'bare "*"', principal: "*", label: "*", reason: 'to Principal "*"' },
    { name: '{"AWS": "*"}', principal: { AWS: "*" }, label: "AWS:*", reason: 'to Principal {"AWS": "*"}' },
    {
      name: '"*" anywhere in an AWS list',
      principal: { AWS: ["arn:aws:iam::111122223333:root", "*"] },
      label: "AWS:*",
      reason: '{"AWS": "*"}',
    },
    {
      name: "Federated web identity",
      principal: { Federated: "graph.facebook.com" },
      label: "Federated:graph.facebook.com",
      reason: '{"Federated": "graph.facebook.com"}',
    },
    {
      name: "Federated Cognito",
      principal: { Federated: "cognito-identity.amazonaws.com" },
      label: "Federated:cognito-identity.amazonaws.com",
      reason: "Federated",
    },
    {
      name: "wildcard inside an ARN",
      principal: { AWS: "arn:aws:iam::*:root" },
      label: "AWS:arn:aws:iam::*:root",
      reason: "arn:aws:iam::*:root",
    },
    {
      name: "wildcard role name",
      principal: { AWS: "arn:aws:iam::111122223333:role/*" },
      label: "AWS:arn:aws:iam::111122223333:role/*",
      reason: "role/*",
    },
    {
      name: "policy variable",
      principal: { AWS: "arn:aws:iam::${aws:username}:root" },
      label: "AWS:arn:aws:iam::${aws:username}:root",
      reason: "${aws:username}",
    },
    {
      name: "wildcard service principal",
      principal: { Service: "*.amazonaws.com" },
      label: "Service:*.amazonaws.com",
      reason: "*.amazonaws.com",
    },
  ];
  it.each(open)("$name is public", ({ principal, label, reason }) => {
    const v = verdict(policy(stmt({ Principal: principal })));
    expect(v.public).toBe(true);
    expect(v.publicStatements[0]?.principal).toBe(label);
    expectReason(v, reason);
  });

  const fixed: Array<{ name: string; principal: unknown; note: string }> = [
    { name: "account id", principal: { AWS: "111122223333" }, note: '{"AWS": "111122223333"}' },
    {
      name: "account root ARN",
      principal: { AWS: "arn:aws:iam::111122223333:root" },
      note: "arn:aws:iam::111122223333:root",
    },
    { name: "role ARN", principal: { AWS: "arn:aws:iam::111122223333:role/trainer" }, note: "role/trainer" },
    {
      name: "user ARN list",
      principal: { AWS: ["arn:aws:iam::111122223333:user/a", "arn:aws:iam::111122223333:user/b"] },
      note: "fixed principals",
    },
    {
      name: "service principal",
      principal: { Service: "cloudtrail.amazonaws.com" },
      note: '{"Service": "cloudtrail.amazonaws.com"}',
    },
    {
      name: "canonical user",
      principal: { CanonicalUser: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" },
      note: "CanonicalUser",
    },
  ];
  it.each(fixed)("$name is not public", ({ principal, note }) => {
    const v = verdict(policy(stmt({ Principal: principal })));
    expect(v.public).toBe(false);
    expect(v.publicStatements).toEqual([]);
    expectReason(v, "no statement allows anonymous access");
    expectReason(v, `Statement 1 is limited to fixed principal`);
    expectReason(v, note);
  });

  it("NotPrincipal on Allow grants to everyone except the listed principals", () => {
    const v = verdict(
      policy(stmt({ Principal: undefined, NotPrincipal: { AWS: "arn:aws:iam::111122223333:role/x" } })),
    );
    expect(v.public).toBe(true);
    expect(v.publicStatements[0]?.principal).toBe("NotPrincipal AWS:arn:aws:iam::111122223333:role/x");
    expectReason(v, 'to everyone except NotPrincipal {"AWS": "arn:aws:iam::111122223333:role/x"}');
  });

  it("one public statement makes the policy public even beside fixed ones", () => {
    const v = verdict(
      policy(
        stmt({ Sid: "Trail", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject" }),
        stmt({ Sid: "Partner", Principal: { AWS: "arn:aws:iam::444455556666:root" } }),
        stmt({ Sid: "PublicRead" }),
      ),
    );
    expect(v.public).toBe(true);
    expect(v.publicStatements.map((s) => s.index)).toEqual([3]);
    expect(v.publicStatements[0]?.sid).toBe("PublicRead");
  });

  describe("cross-account principals", () => {
    const doc = policy(
      stmt({
        Principal: {
          AWS: ["arn:aws:iam::111122223333:role/own", "arn:aws:iam::444455556666:root", "777788889999"],
        },
      }),
      stmt({ Principal: { Service: "logging.s3.amazonaws.com" } }),
      stmt({ Effect: "Deny", Principal: { AWS: "arn:aws:iam::999999999999:root" } }),
    );
    it("lists fixed AWS principals of other accounts and stays not public", () => {
      const v = verdict(doc, { ownerAccount: "111122223333" });
      expect(v.public).toBe(false);
      expect(v.crossAccountPrincipals).toEqual(["arn:aws:iam::444455556666:root", "777788889999"]);
    });
    it("lists every AWS account principal when the owner is unknown", () => {
      const v = verdict(doc);
      expect(v.crossAccountPrincipals).toEqual([
        "arn:aws:iam::111122223333:role/own",
        "arn:aws:iam::444455556666:root",
        "777788889999",
      ]);
    });
    it("does not list the public principal", () => {
      const v = verdict(policy(stmt({ Principal: { AWS: ["*", "arn:aws:iam::444455556666:root"] } })), {
        ownerAccount: "111122223333",
      });
      expect(v.crossAccountPrincipals).toEqual(["arn:aws:iam::444455556666:root"]);
      expect(v.public).toBe(true);
    });
  });
});
