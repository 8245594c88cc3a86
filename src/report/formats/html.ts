// One self-contained HTML file: no script at all, no network fetch (the Content-Security-Policy allows only
// the page's own hashed stylesheet and data: images), no inline event handlers. Every cloud-controlled string
// goes through esc(). Navigation is same-page anchors; details/summary folds the long parts.
import { createHash } from "node:crypto";
import { frameworkView, withFindingChecks } from "../../compliance/view.js";
import { FRAMEWORK_DEFINITIONS } from "../../compliance/frameworks/index.js";
import type { Finding, Report } from "../../model/finding.js";
import { SEVERITIES } from "../../model/severity.js";
import { remediationFor } from "../remediation.js";
import type { RenderContext } from "./context.js";
import { esc } from "./html-escape.js";
import { assetGraphSvg } from "./html-graph.js";

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header,main{max-width:1200px;margin:0 auto;padding:12px 20px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px}h3{font-size:15px}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #d0d4da;padding:4px 6px;text-align:left;vertical-align:top}
.cards{display:flex;gap:10px;flex-wrap:wrap}.card{background:#fff;border:1px solid #d0d4da;border-radius:6px;padding:8px 14px;min-width:90px}
.card b{display:block;font-size:22px}
.critical{color:#8b0000}.high{color:#c0392b}.medium{color:#b9770e}.low{color:#2e86c1}.info{color:#566573}
.fail{color:#c0392b}.pass{color:#1e8449}.unknown{color:#7d3c98}.not-covered{color:#566573}
code,pre{font:12px/1.4 ui-monospace,monospace;white-space:pre-wrap;word-break:break-all}
pre{background:#f0f2f5;padding:6px;margin:4px 0}
.graph{background:#fff;border:1px solid #d0d4da;max-width:100%;height:auto}
.graph .node{fill:#eef3fb;stroke:#5b7db1}.graph .edge{stroke:#8899aa;stroke-width:1}.graph text{font-size:11px}.graph .kind{font-weight:bold}
.asset{background:#fff;border:1px solid #d0d4da;border-radius:6px;padding:6px 12px;margin:10px 0}
`;

export const HTML_STYLE_HASH = `sha256-${createHash("sha256").update(STYLE).digest("base64")}`;
export const HTML_CSP = `default-src 'none'; style-src '${HTML_STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

export function renderHtml(report: Report, context: RenderContext = {}): string {
  const anchors = new Map<string, string>();
  const anchor = (id: string): string => {
    let a = anchors.get(id);
    if (!a) {
      a = `asset-${createHash("sha256").update(id).digest("hex").slice(0, 12)}`;
      anchors.set(id, a);
    }
    return a;
  };
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<title>aiposture report</title>
<style>${STYLE}</style></head>
<body><header><h1>aiposture report</h1>
<p>${esc(report.tool.name)} ${esc(report.tool.version)}, ${esc(report.startedAt)} to ${esc(report.finishedAt)}; scopes: ${report.scopes.map((s) => esc(`${s.provider} ${s.account}`)).join(", ")}</p>
<nav><a href="#summary">Summary</a> · <a href="#compliance">Compliance</a> · <a href="#findings">Findings</a> · <a href="#graph">Asset graph</a> · <a href="#assets">Assets</a> · <a href="#native">Native findings</a> · <a href="#gaps">Coverage gaps</a></nav></header>
<main>
${summarySection(report)}
${complianceSection(report, context)}
${findingsSection(report, anchor)}
<section id="graph"><h2>AI asset graph</h2>${assetGraphSvg(context.assets ?? [], anchor)}</section>
${assetsSection(report, context, anchor)}
${nativeSection(report)}
${gapsSection(report)}
${historySection(report)}
</main></body></html>
`;
}

function summarySection(report: Report): string {
  const s = report.summary;
  const card = (label: string, count: number, cls: string, key: string) =>
    `<div class="card ${cls}"><b data-count="${key}">${count}</b>${esc(label)}</div>`;
  const providers = [...new Set(report.findings.map((f) => f.provider))].sort();
  const byProvider = providers
    .map((provider) => {
      const of = report.findings.filter((f) => f.provider === provider);
      const n = (status: string) => of.filter((f) => f.status === status).length;
      return `<tr><td>${esc(provider)}</td><td data-provider-fail="${esc(provider)}">${n("fail")}</td><td>${n("unknown")}</td><td>${n("pass")}</td></tr>`;
    })
    .join("");
  return `<section id="summary"><h2>Summary</h2>
<div class="cards">${card("failed", s.byStatus.fail, "fail", "fail")}${card("unknown", s.byStatus.unknown, "unknown", "unknown")}${card("passed", s.byStatus.pass, "pass", "pass")}${card("assets", s.assets, "", "assets")}${card("coverage gaps", s.errors, "", "errors")}</div>
<h3>Failures by severity</h3><div class="cards">${SEVERITIES.map((sev) => card(sev, s.failuresBySeverity[sev], sev, `severity-${sev}`)).join("")}</div>
<h3>By provider</h3><table><tr><th>Provider</th><th>Failed</th><th>Unknown</th><th>Passed</th></tr>${byProvider}</table></section>`;
}

function complianceSection(report: Report, context: RenderContext): string {
  const catalogue = withFindingChecks(context.catalogue ?? [], report.findings);
  const rows = FRAMEWORK_DEFINITIONS.map((framework) => {
    const view = frameworkView(framework, report.findings, catalogue);
    const controls = view.controls
      .map(
        (c) =>
          `<tr><td>${esc(c.id)}</td><td>${esc(c.title)}</td><td class="${c.status}">${c.status}</td><td>${c.counts.fail}/${c.counts.unknown}/${c.counts.pass}</td><td>${c.checks.map((id) => `<code>${esc(id)}</code>`).join(" ")}</td></tr>`,
      )
      .join("");
    return `<details><summary><b>${esc(view.name)}</b> ${esc(view.version)}: <span class="fail">${view.summary.fail} failing</span>, <span class="unknown">${view.summary.unknown} unknown</span>, <span class="pass">${view.summary.pass} passing</span>, <span class="not-covered">${view.summary["not-covered"]} not covered</span></summary>
<table><tr><th>Control</th><th>Title</th><th>Status</th><th>fail/unknown/pass</th><th>Checks</th></tr>${controls}</table></details>`;
  });
  return `<section id="compliance"><h2>Compliance</h2><p>A control no check evidences is <span class="not-covered">not covered</span>: this report says nothing about it.</p>${rows.join("\n")}</section>`;
}

function findingRow(finding: Finding, anchor: (id: string) => string): string {
  const remediation = remediationFor(finding);
  return `<tr class="finding" data-status="${finding.status}" data-severity="${finding.severity}"><td class="${finding.severity}">${finding.severity}</td><td class="${finding.status}">${finding.status}${finding.suppressed ? " (suppressed)" : ""}</td><td><code>${esc(finding.checkId)}</code><br>${esc(finding.title)}</td><td><a href="#${anchor(finding.resource.id)}">${esc(finding.resource.name)}</a><br><code>${esc(finding.resource.id)}</code></td><td>${esc(finding.message)}<details><summary>Fix</summary>${esc(remediation.text)}${remediation.cli ? `<pre>${esc(remediation.cli)}</pre>` : ""}</details></td></tr>`;
}

function findingsSection(report: Report, anchor: (id: string) => string): string {
  const shown = report.findings.filter((f) => f.status !== "pass");
  return `<section id="findings"><h2>Failures and unknowns (${shown.length})</h2>
<table><tr><th>Severity</th><th>Status</th><th>Check</th><th>Resource</th><th>Message and fix</th></tr>${shown.map((f) => findingRow(f, anchor)).join("\n")}</table></section>`;
}

function assetsSection(report: Report, context: RenderContext, anchor: (id: string) => string): string {
  const byResource = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byResource.get(finding.resource.id) ?? [];
    list.push(finding);
    byResource.set(finding.resource.id, list);
  }
  const names = new Map((context.assets ?? []).map((a) => [a.id, a]));
  const ids = [...new Set([...names.keys(), ...byResource.keys()])].sort();
  const pages = ids.map((id) => {
    const asset = names.get(id);
    const findings = byResource.get(id) ?? [];
    const name = asset?.name ?? findings[0]?.resource.name ?? id;
    const relations = (asset?.relations ?? [])
      .map(
        (r) =>
          `<li>${esc(r.type)} → ${r.targetKnown ? `<a href="#${anchor(r.target)}">${esc(r.target)}</a>` : esc(r.target)}</li>`,
      )
      .join("");
    const rows = findings
      .map(
        (f) =>
          `<tr><td class="${f.status}">${f.status}</td><td class="${f.severity}">${f.severity}</td><td><code>${esc(f.checkId)}</code></td><td>${esc(f.message)}<details><summary>Evidence</summary><pre>${esc(JSON.stringify(f.evidence, null, 2))}</pre></details></td></tr>`,
      )
      .join("");
    return `<div class="asset" id="${anchor(id)}"><h3>${esc(name)}</h3><p><code>${esc(id)}</code>${asset ? ` ${esc(asset.kind)} · ${esc(asset.provider)} ${esc(asset.account)} ${esc(asset.region)}${asset.dataClassification ? ` · data: ${esc(asset.dataClassification)}` : ""}` : ""}</p>${relations ? `<ul>${relations}</ul>` : ""}<table><tr><th>Status</th><th>Severity</th><th>Check</th><th>Message and evidence</th></tr>${rows}</table></div>`;
  });
  return `<section id="assets"><h2>Assets (${ids.length})</h2>${pages.join("\n")}</section>`;
}

function nativeSection(report: Report): string {
  // Native findings folded into or escalating ours, and the ones kept on their own (no check covers them).
  const rows = report.findings.flatMap((f) => [
    ...(f.native ?? []).map(
      (n) =>
        `<tr><td>${esc(n.source)}</td><td class="${n.severity}">${n.severity}</td><td>${esc(n.title)}<br><code>${esc(n.type)}</code></td><td>${esc(f.resource.name)}</td><td><code>${esc(f.checkId)}</code>: ${esc(f.message)}</td></tr>`,
    ),
  ]);
  return `<section id="native"><h2>Native findings (GuardDuty, Defender) beside ours (${rows.length})</h2><table><tr><th>Source</th><th>Severity</th><th>Native finding</th><th>Resource</th><th>Our finding</th></tr>${rows.join("\n")}</table></section>`;
}

function gapsSection(report: Report): string {
  const rows = report.errors
    .map(
      (e) =>
        `<tr><td>${esc(e.provider)} ${esc(e.account)} ${esc(e.region ?? "")}</td><td>${esc(e.service)} ${esc(e.operation)}</td><td>${esc(e.resource ?? "")}</td><td>${esc(e.code)}: ${esc(e.message)}</td></tr>`,
    )
    .join("");
  return `<section id="gaps"><h2>Coverage gaps (${report.errors.length})</h2><p>These could not be read; their checks are unknown, not passed.</p><table><tr><th>Scope</th><th>Operation</th><th>Resource</th><th>Error</th></tr>${rows}</table></section>`;
}

function historySection(report: Report): string {
  if (!report.history) return "";
  const c = report.history.counts;
  return `<section id="history"><h2>Since the last run</h2><div class="cards"><div class="card"><b>${c.new}</b>new</div><div class="card"><b>${c.persisting}</b>persisting</div><div class="card"><b>${c.resolved}</b>resolved</div><div class="card"><b>${c.unverified}</b>unverified</div></div></section>`;
}
