// Terminal ergonomics: width from the terminal (80 otherwise), NO_COLOR / FORCE_COLOR, --wide, and where each
// resource is when the report spans several accounts or regions.
import { describe, expect, it } from "vitest";
import { terminalOptions, wantsColor } from "../../cli/commands/terminal.js";
import { renderTable } from "../../src/report/table.js";
import { hostileReport } from "./hostile-report.js";

describe("terminal options", () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [false, { FORCE_COLOR: "1" }, true],
    [true, { FORCE_COLOR: "0" }, false],
    [true, { NO_COLOR: "1", FORCE_COLOR: "1" }, false],
  ])("tty %s with %j: colour %s", (tty, env, expected) => expect(wantsColor(tty, env)).toBe(expected));

  it("uses the terminal's width, 80 when not a terminal", () => {
    expect(terminalOptions({ isTTY: true, columns: 132 }, {}).width).toBe(132);
    expect(terminalOptions({ isTTY: false, columns: 132 }, {}).width).toBe(80);
  });
});

describe("the table", () => {
  const report = hostileReport();

  it("fits the width, names account and region when there are several, and is colourless by default", () => {
    const out = renderTable(report, { width: 100 });
    for (const line of out.split("\n").slice(0, 6)) expect(line.length).toBeLessThanOrEqual(100);
    expect(renderTable(report, { width: 200 })).toContain("(111122223333 eu-west-1)");
    expect(out).not.toContain("\u001b[");
  });

  it("colours the severity only, and --wide shows whole lines and the finding's own fix", () => {
    expect(renderTable(report, { color: true })).toContain("\u001b[31mHIGH    \u001b[0m");
    const wide = renderTable(report, { wide: true, width: 60 });
    expect(wide).toContain("fix: aws s3api put-public-access-block --bucket evil-bucket --region eu-west-1");
    expect(wide).toContain("fix: az storage account update --name mlstore --resource-group rg-ml");
    expect(wide).not.toContain("…");
  });
});
