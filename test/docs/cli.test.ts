import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { CLI_DOCS_BEGIN, CLI_DOCS_END, cliMarkdown } from "../../cli/program/markdown.js";

it("the README's CLI tables are in step with the commander definitions (run: npm run docs)", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const begin = readme.indexOf(CLI_DOCS_BEGIN);
  const end = readme.indexOf(CLI_DOCS_END);
  expect(begin).toBeGreaterThanOrEqual(0);
  expect(readme.slice(begin, end + CLI_DOCS_END.length)).toBe(cliMarkdown());
});

it("lists every command and the defaults the code applies", () => {
  const tables = cliMarkdown();
  for (const command of ["scan", "demo", "inventory", "history", "policy", "mock", "export security-hub"])
    expect(tables).toContain(`\`aiposture ${command} `);
  expect(tables).toMatch(/\| `--concurrency <n>` +\| scan, demo, inventory +\| `16` +\|/);
  for (const flag of [
    "--history <file>",
    "--suppressions <file>",
    "--role-arn <arn>",
    "--org",
    "--subscriptions <ids>",
  ])
    expect(tables).toContain(`\`${flag}\``);
});
