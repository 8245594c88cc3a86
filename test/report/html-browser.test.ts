// The HTML report in a real browser (headless Chromium, installed by .ci/run): opened from an estate whose tags,
// policy Sids and alert texts carry <script>, onerror and javascript: payloads. Nothing may run, nothing may be
// fetched, and the counts on the page must equal the JSON report's.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../../cli/commands/demo.js";
import type { Report } from "../../src/model/finding.js";
import { SEVERITIES } from "../../src/model/severity.js";
import { PAYLOAD, writeHostileEstate } from "./hostile-estate.js";
import { parseJsonReport } from "../../src/report/json.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs Chromium (.ci/run); on a machine without it, the test says so instead of passing silently.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it`);

interface PageState {
  pwned?: number;
  scripts: number;
  images: number;
  handlers: number;
  jsLinks: number;
  text: string;
  counts: Record<string, number>;
  failRows: number;
  unknownRows: number;
}

const PAGE_STATE = `(() => ({
  pwned: window.__pwned,
  scripts: document.scripts.length,
  images: document.images.length,
  handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
  jsLinks: [...document.querySelectorAll("a")].filter((a) => (a.getAttribute("href") || "").trim().toLowerCase().startsWith("javascript:")).length,
  text: document.body.innerText,
  counts: Object.fromEntries([...document.querySelectorAll("[data-count]")].map((el) => [el.getAttribute("data-count"), Number(el.textContent)])),
  failRows: document.querySelectorAll('tr.finding[data-status="fail"]').length,
  unknownRows: document.querySelectorAll('tr.finding[data-status="unknown"]').length,
}))()`;

describe.skipIf(!available)("the HTML report in headless Chromium", () => {
  let browser: Browser;
  let dir = "";
  let report: Report;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "aiposture-html-"));
    const estate = writeHostileEstate(dir);
    await runDemo(
      { format: ["json", "html"], outputDir: dir, failOn: "none", concurrency: 16, maxAttempts: 2 },
      { stdout: () => {}, stderr: () => {}, progress: false },
      estate,
    );
    report = parseJsonReport(JSON.parse(readFileSync(join(dir, "aiposture.json"), "utf8"))) as Report;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("carries the payloads as text: the estate did plant them", () => {
    expect(report.findings.some((f) => f.message.includes(PAYLOAD))).toBe(true);
    expect(report.findings.some((f) => JSON.stringify(f.native ?? []).includes(PAYLOAD))).toBe(true);
    expect(readFileSync(join(dir, "aiposture.html"), "utf8")).toContain("&lt;script&gt;window.__pwned=2");
  });

  it("runs no script, fetches nothing and shows the JSON's counts", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const url = pathToFileURL(join(dir, "aiposture.html")).href;
    await page.goto(url, { waitUntil: "load" });

    // Evaluated in the page (as source text: the DOM is the browser's, not this Node program's).
    const state = (await page.evaluate(PAGE_STATE)) as PageState;
    expect(state.pwned).toBeUndefined();
    expect(state.scripts).toBe(0);
    expect(state.images).toBe(0);
    expect(state.handlers).toBe(0);
    expect(state.jsLinks).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(state.text).toContain("<script>window.__pwned=2</script>"); // shown as text

    const s = report.summary;
    expect(state.counts).toMatchObject({
      fail: s.byStatus.fail,
      unknown: s.byStatus.unknown,
      pass: s.byStatus.pass,
      assets: s.assets,
      errors: s.errors,
    });
    for (const severity of SEVERITIES)
      expect(state.counts[`severity-${severity}`]).toBe(s.failuresBySeverity[severity]);
    expect(state.failRows).toBe(s.byStatus.fail);
    expect(state.unknownRows).toBe(s.byStatus.unknown);
    await page.close();
  });
});
