import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

it("docs/lambda.md names the Lambda runtime the CDK stack deploys", () => {
  const stack = readFileSync(new URL("../../deploy/lib/aiposture-stack.ts", import.meta.url), "utf8");
  const [, major] = /lambda\.Runtime\.NODEJS_(\d+)_X/.exec(stack) ?? [];
  expect(major).toBeDefined();
  const doc = readFileSync(new URL("../../docs/lambda.md", import.meta.url), "utf8");
  expect(doc).toContain(`Runtime \`nodejs${major}.x\``);
  expect(doc).not.toMatch(new RegExp(`nodejs(?!${major}\\.x)\\d+\\.x`));
});
