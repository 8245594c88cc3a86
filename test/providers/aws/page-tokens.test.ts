// The reader's page-token ledger: which token sequences end a listing.
import { describe, expect, it } from "vitest";
import { MAX_PAGES, PageTokenLedger } from "../../../providers/aws/page-tokens.js";

const OP = "ListEndpoints";
const SCOPE = "sagemaker us-east-1";

describe("PageTokenLedger", () => {
  it("lets a listing run to its end, and the same listing start over later", () => {
    const ledger = new PageTokenLedger();
    for (let run = 0; run < 2; run++) {
      expect(ledger.observe(OP, SCOPE, { MaxResults: 1 }, { NextToken: "a" })).toBeUndefined();
      expect(
        ledger.observe(OP, SCOPE, { MaxResults: 1, NextToken: "a" }, { NextToken: "b" }),
      ).toBeUndefined();
      expect(ledger.observe(OP, SCOPE, { MaxResults: 1, NextToken: "b" }, {})).toBeUndefined();
    }
  });

  it("stops a token handed back at once, and a cycle through earlier tokens", () => {
    const ledger = new PageTokenLedger();
    ledger.observe(OP, SCOPE, {}, { NextToken: "a" });
    expect(ledger.observe(OP, SCOPE, { NextToken: "a" }, { NextToken: "a" })?.code).toBe("RepeatedPageToken");

    ledger.observe(OP, SCOPE, {}, { NextToken: "a" });
    ledger.observe(OP, SCOPE, { NextToken: "a" }, { NextToken: "b" });
    expect(ledger.observe(OP, SCOPE, { NextToken: "b" }, { NextToken: "a" })).toMatchObject({
      code: "RepeatedPageToken",
      message: expect.stringMatching(/ListEndpoints returned a page token it had already been sent/),
    });
  });

  it("keeps listings with other inputs (another bucket, another filter) apart", () => {
    const ledger = new PageTokenLedger();
    ledger.observe(OP, SCOPE, { StatusEquals: "InService" }, { NextToken: "a" });
    ledger.observe(OP, SCOPE, { StatusEquals: "Failed" }, { NextToken: "a" });
    expect(
      ledger.observe(OP, SCOPE, { StatusEquals: "Failed", NextToken: "a" }, { NextToken: "b" }),
    ).toBeUndefined();
  });

  it("caps the pages of one listing", () => {
    const ledger = new PageTokenLedger();
    let problem;
    ledger.observe(OP, SCOPE, {}, { NextToken: "t0" });
    for (let page = 0; page < MAX_PAGES + 1 && !problem; page++)
      problem = ledger.observe(OP, SCOPE, { NextToken: `t${page}` }, { NextToken: `t${page + 1}` });
    expect(problem?.code).toBe("TooManyPages");
  });
});
