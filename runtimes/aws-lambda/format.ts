// Alert notifications: plain text (SNS email/SMS "default"), structured JSON (SNS to queues, functions, HTTPS)
// and one webhook payload that both Slack (text + blocks) and Microsoft Teams (legacy connector MessageCard:
// summary, title, text, sections) render. Cloud-supplied text (names, messages) is untrusted: control
// characters are replaced and Slack's &, <, > are escaped so a bucket name cannot forge a link or mention.
import { terminalSafe } from "../../src/report/sanitize.js";
import type { Alert, AlertKind } from "./alerts.js";

/** Alerts per notification: keeps a message under Slack's 50-block and SNS's 256 KiB limits. */
export const ALERTS_PER_NOTIFICATION = 20;

const LABEL: Record<AlertKind, string> = {
  escalated: "ESCALATED",
  native: "THREAT",
  opened: "NEW FAILURE",
  resolved: "RESOLVED",
};

const COLOR: Record<AlertKind, string> = {
  escalated: "8B0000",
  native: "D13438",
  opened: "E8590C",
  resolved: "2F9E44",
};

export interface Notification {
  subject: string;
  text: string;
  json: Record<string, unknown>;
  webhook: Record<string, unknown>;
  alerts: Alert[];
}

export function batches(alerts: readonly Alert[]): Alert[][] {
  const out: Alert[][] = [];
  for (let i = 0; i < alerts.length; i += ALERTS_PER_NOTIFICATION)
    out.push(alerts.slice(i, i + ALERTS_PER_NOTIFICATION));
  return out;
}

function clean(text: string, max = 500): string {
  const safe = terminalSafe(text).replace(/\s+/g, " ").trim();
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function summaryLine(alerts: readonly Alert[]): string {
  const counts = new Map<AlertKind, number>();
  for (const a of alerts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const parts = (["escalated", "native", "opened", "resolved"] as const)
    .filter((k) => counts.get(k))
    .map((k) => {
      const n = counts.get(k)!;
      const noun = {
        escalated: "escalated",
        native: n === 1 ? "threat" : "threats",
        opened: n === 1 ? "new failure" : "new failures",
        resolved: "resolved",
      }[k];
      return `${n} ${noun}`;
    });
  return `aiposture: ${parts.join(", ")}`;
}

export function alertLine(alert: Alert): string {
  const f = alert.finding;
  const where = `${clean(f.resource.name, 120)} (${f.account}, ${f.region})`;
  const severity = alert.kind === "resolved" ? "" : ` ${alert.severity.toUpperCase()}`;
  return `[${LABEL[alert.kind]}]${severity} ${f.checkId} on ${where}: ${clean(f.message)}`;
}

function causeLine(alert: Alert): string {
  const c = alert.cause;
  const who = c.actor ? ` by ${clean(c.actor, 200)}` : "";
  const from = c.sourceIp ? ` from ${clean(c.sourceIp, 60)}` : "";
  return `after ${clean(c.event, 120)}${who}${from}${c.time ? ` at ${c.time}` : ""}`;
}

function fixLine(alert: Alert): string | undefined {
  if (alert.kind === "resolved") return undefined;
  const r = alert.finding.remediation;
  const cli = r.cli?.aws ?? r.cli?.azure;
  return `Fix: ${clean(r.text, 400)}${cli ? ` (${clean(cli, 300)})` : ""}`;
}

/** SNS subjects: ASCII, no line breaks, at most 100 characters. */
function subjectOf(alerts: readonly Alert[]): string {
  const text = summaryLine(alerts).replace(/[^\x20-\x7e]/g, "?");
  return text.length > 100 ? `${text.slice(0, 99)}~` : text;
}

export function buildNotification(alerts: Alert[], version: string): Notification {
  const summary = summaryLine(alerts);
  const text = [
    summary,
    "",
    ...alerts.flatMap((a) => [
      alertLine(a),
      `  ${causeLine(a)}`,
      ...(fixLine(a) ? [`  ${fixLine(a)}`] : []),
      "",
    ]),
  ].join("\n");
  const json = {
    source: "aiposture",
    version,
    summary,
    alerts: alerts.map((a) => ({
      kind: a.kind,
      severity: a.severity,
      checkId: a.finding.checkId,
      fingerprint: a.finding.id,
      title: a.finding.title,
      status: a.finding.status,
      message: a.finding.message,
      resource: a.finding.resource,
      account: a.finding.account,
      region: a.finding.region,
      remediation: a.finding.remediation,
      evidence: a.finding.evidence,
      cause: a.cause,
    })),
  };
  return { subject: subjectOf(alerts), text, json, webhook: webhookPayload(alerts, summary), alerts };
}

/**
 * Slack reads `text` (notification fallback) and `blocks`; Teams' connector reads the MessageCard fields
 * (`@type`, `summary`, `title`, `text`, `sections`). Each ignores the other's fields.
 */
function webhookPayload(alerts: readonly Alert[], summary: string): Record<string, unknown> {
  const worst = alerts[0]?.kind ?? "opened";
  const lines = alerts.map((a) => [alertLine(a), causeLine(a), fixLine(a)].filter(Boolean).join("\n"));
  return {
    text: slackEscape([summary, ...alerts.map(alertLine)].join("\n")),
    blocks: [
      { type: "header", text: { type: "plain_text", text: clean(summary, 150) } },
      ...lines.map((line) => ({
        type: "section",
        text: { type: "mrkdwn", text: slackEscape(line).slice(0, 2900) },
      })),
    ],
    "@type": "MessageCard",
    "@context": "https://schema.org/extensions",
    summary,
    themeColor: COLOR[worst],
    title: summary,
    sections: alerts.map((a) => ({
      activityTitle: `${LABEL[a.kind]}: ${clean(a.finding.title, 200)}`,
      facts: [
        { name: "Check", value: a.finding.checkId },
        { name: "Severity", value: a.severity },
        { name: "Resource", value: clean(a.finding.resource.id, 300) },
        { name: "Account / region", value: `${a.finding.account} / ${a.finding.region}` },
        { name: "Cause", value: causeLine(a) },
      ],
      text: [clean(a.finding.message), fixLine(a)].filter(Boolean).join("\n\n"),
    })),
  };
}
