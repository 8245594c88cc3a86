// The alert handler, independent of concrete providers and checks (runtimes/aws-lambda/main.ts wires those in): route the
// event, re-collect what it names, evaluate with the engine, decide alerts against the dedupe state, deliver,
// and record. Events it does not understand are acknowledged with a reason, never thrown.
import { randomUUID } from "node:crypto";
import type { Asset } from "../../src/model/asset.js";
import type { Finding, Report } from "../../src/model/finding.js";
import { normalizeResourceId } from "../../src/model/graph.js";
import type { Inventory } from "../../src/model/inventory.js";
import {
  findingKey,
  postureAlerts,
  sortAlerts,
  threatAlerts,
  type Alert,
  type AlertCause,
} from "./alerts.js";
import type { LambdaConfig } from "./config.js";
import { asEventBridgeEvent, DETAIL_TYPES, type EventBridgeEvent } from "./events.js";
import { batches, buildNotification } from "./format.js";
import { joinThreat, routeGuardDuty } from "./guardduty.js";
import { emptyResult, type LambdaResult } from "./result.js";
import { routeCloudTrail, type ResourceRef } from "./routes.js";
import type { Sink } from "./sinks/types.js";
import type { AlertStateStore, StoredAlert } from "./state.js";

export interface Recollected {
  inventory: Inventory;
  /** How each target was read, by `${service}:${region}:${name}`. */
  modes: Record<string, "resource" | "service-region" | "region">;
}

export interface LambdaDeps {
  config: LambdaConfig;
  version: string;
  recollect(refs: readonly ResourceRef[]): Promise<Recollected>;
  scanAll(): Promise<Inventory>;
  /** The engine's assess(), with the providers and checks bound. */
  evaluate(inventory: Inventory, startedAt: string): { report: Report; assets: Asset[] };
  state: AlertStateStore;
  sinks: readonly Sink[];
  log(entry: Record<string, unknown>): void;
}

/** The state item of one alert at one sink. */
export const sinkKey = (key: string, sink: string) => `${key}@${sink}`;

/** Claimed alerts in the order of their importance (the order of the first sink's candidates). */
function sortedClaims(claims: Map<string, { alert: Alert; sinks: Sink[] }>) {
  const all = [...claims.values()];
  const order = new Map(sortAlerts(all.map((c) => c.alert)).map((a, i) => [a.key, i]));
  return all.sort((a, b) => (order.get(a.alert.key) ?? 0) - (order.get(b.alert.key) ?? 0));
}

export const targetKey = (ref: Pick<ResourceRef, "service" | "region" | "name">) =>
  `${ref.service}:${ref.region}:${ref.name ?? ""}`;

type Routed =
  | { kind: "cloudtrail"; event: string; refs: ResourceRef[]; cause: AlertCause }
  | {
      kind: "guardduty";
      event: string;
      refs: ResourceRef[];
      cause: AlertCause;
      native: ReturnType<typeof routeGuardDuty> & { kind: "resource" };
    }
  | { kind: "scheduled"; event: string; cause: AlertCause }
  | { kind: "ignored"; as: LambdaResult["kind"]; event?: string; reason: string };

function route(ev: EventBridgeEvent): Routed {
  const type = ev["detail-type"];
  if (type === DETAIL_TYPES.cloudTrail) {
    // The sender's JSON: only string fields are taken, whatever the record claims.
    const d = ev.detail as Record<string, unknown> & { userIdentity?: unknown };
    const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
    const event = `${text(d.eventSource) ?? "?"} ${text(d.eventName) ?? "?"}`;
    const routed = routeCloudTrail(ev);
    if (routed.kind === "ignored") return { kind: "ignored", as: "cloudtrail", event, reason: routed.reason };
    const actor =
      d.userIdentity && typeof d.userIdentity === "object"
        ? text((d.userIdentity as { arn?: unknown }).arn)
        : undefined;
    const sourceIp = text(d.sourceIPAddress);
    const time = text(d.eventTime);
    const cause: AlertCause = {
      event,
      eventId: ev.id,
      ...(actor ? { actor } : {}),
      ...(sourceIp ? { sourceIp } : {}),
      ...(time ? { time } : {}),
    };
    return { kind: "cloudtrail", event, refs: [routed.ref], cause };
  }
  if (type === DETAIL_TYPES.guardDuty) {
    const routed = routeGuardDuty(ev);
    const type = (ev.detail as { type?: unknown }).type;
    const event = `GuardDuty ${typeof type === "string" && type ? type : "?"}`;
    if (routed.kind === "ignored") return { kind: "ignored", as: "guardduty", event, reason: routed.reason };
    return {
      kind: "guardduty",
      event,
      refs: routed.refs,
      native: routed,
      cause: { event, eventId: ev.id, time: ev.time },
    };
  }
  if (type === DETAIL_TYPES.scheduled && (ev.source === "aws.events" || ev.source === "aws.scheduler"))
    return {
      kind: "scheduled",
      event: "schedule",
      cause: { event: "scheduled scan", eventId: ev.id, time: ev.time },
    };
  return {
    kind: "ignored",
    as: "unknown",
    event: `${ev.source} ${type}`,
    reason: `not an event aiposture handles (${ev.source} "${type}")`,
  };
}

export async function handleEvent(input: unknown, deps: LambdaDeps): Promise<LambdaResult> {
  const ev = asEventBridgeEvent(input);
  if (!ev) {
    const result = { ...emptyResult("unknown", "ignored"), reason: "not an EventBridge event" };
    deps.log({ msg: "event ignored", reason: result.reason });
    return result;
  }
  const routed = route(ev);
  if (routed.kind === "ignored") {
    deps.log({ msg: "event ignored", eventId: ev.id, event: routed.event, reason: routed.reason });
    return {
      ...emptyResult(routed.as, "ignored", ev.id),
      ...(routed.event ? { event: routed.event } : {}),
      reason: routed.reason,
    };
  }
  const result: LambdaResult = { ...emptyResult(routed.kind, "processed", ev.id), event: routed.event };
  if (await deps.state.eventHandled(ev.id)) {
    deps.log({ msg: "duplicate delivery acknowledged", eventId: ev.id, event: routed.event });
    return { ...result, status: "duplicate", reason: "this event id was already handled" };
  }

  const startedAt = new Date().toISOString();
  let inventory: Inventory;
  if (routed.kind === "scheduled") {
    inventory = await deps.scanAll();
    result.targets = [
      { service: "*", region: (deps.config.regions ?? ["default"]).join(","), recollection: "full" },
    ];
  } else {
    const recollected = await deps.recollect(routed.refs);
    inventory = recollected.inventory;
    result.targets = routed.refs.map((ref) => ({
      service: ref.service,
      region: ref.region,
      ...(ref.name ? { name: ref.name } : {}),
      ...(ref.resourceId ? { resourceId: ref.resourceId } : {}),
      recollection: recollected.modes[targetKey(ref)] ?? "resource",
    }));
  }
  const { report, assets } = deps.evaluate(inventory, startedAt);
  result.errors = [...report.errors, ...otherAccounts(routed, inventory)];
  const inScope =
    routed.kind === "scheduled"
      ? report.findings
      : scopeFindings(report.findings, assets, routed.refs, result.targets);
  summarizeFindings(result, inScope);

  const threats =
    routed.kind === "guardduty" ? joinThreat(routed.native.native, report.findings, assets) : [];
  const nativeId = routed.kind === "guardduty" ? routed.native.native.nativeId : "";
  const threatKeys = threats
    .map((f) => [`escalated#${nativeId}#${f.resource.id}`, `native#${nativeId}#${f.resource.id}`])
    .flat();
  // Delivery state is kept per sink: a sink that failed still owes the alert after another one took it, and a
  // redelivery sends it to that sink alone.
  const keys = [...inScope.map(findingKey), ...threatKeys];
  const stored = await deps.state.load(deps.sinks.flatMap((sink) => keys.map((k) => sinkKey(k, sink.name))));
  const token = randomUUID();
  const claims = new Map<string, { alert: Alert; sinks: Sink[] }>();
  for (const sink of deps.sinks) {
    const view = new Map<string, StoredAlert>();
    for (const key of keys) {
      const entry = stored.get(sinkKey(key, sink.name));
      if (entry) view.set(key, entry);
    }
    const candidates = sortAlerts([
      ...threatAlerts(threats, nativeId, view, routed.cause),
      ...postureAlerts(inScope, view, deps.config.minSeverity, routed.cause),
    ]);
    for (const alert of candidates) {
      const meta = {
        checkId: alert.finding.checkId,
        resourceId: alert.finding.resource.id,
        severity: alert.severity,
        title: alert.finding.title,
      };
      if (!(await deps.state.claim(sinkKey(alert.key, sink.name), alert.to, token, meta))) {
        result.skipped.push(sinkKey(alert.key, sink.name));
        continue;
      }
      const claim = claims.get(alert.key) ?? { alert, sinks: [] };
      claim.sinks.push(sink);
      claims.set(alert.key, claim);
    }
  }

  // Alerts claimed by the same sinks travel together: one notification per batch, sent to those sinks at once.
  const groups = new Map<string, { sinks: Sink[]; alerts: Alert[] }>();
  for (const { alert, sinks } of sortedClaims(claims)) {
    const id = sinks.map((s) => s.name).join(",");
    const group = groups.get(id) ?? { sinks, alerts: [] };
    group.alerts.push(alert);
    groups.set(id, group);
  }
  for (const group of groups.values())
    for (const batch of batches(group.alerts)) {
      const notification = buildNotification(batch, deps.version);
      const attempts = await Promise.all(group.sinks.map((sink) => sink.send(notification)));
      const delivered = attempts.some((a) => a.ok);
      result.deliveries.push({ alerts: batch.length, delivered, sinks: attempts });
      for (const alert of batch) {
        for (const [i, sink] of group.sinks.entries()) {
          const key = sinkKey(alert.key, sink.name);
          if (attempts[i]?.ok) await deps.state.confirm(key, alert.to, token);
          else await deps.state.release(key, token);
        }
        result.alerts.push({
          kind: alert.kind,
          key: alert.key,
          checkId: alert.finding.checkId,
          resource: alert.finding.resource.id,
          severity: alert.severity,
          delivered,
          ...(attempts.some((a) => !a.ok)
            ? { owedBy: attempts.filter((a) => !a.ok).map((a) => a.sink) }
            : {}),
        });
      }
      if (!delivered) result.undelivered += batch.length;
      result.owed += batch.length * attempts.filter((a) => !a.ok).length;
      for (const failed of attempts.filter((a) => !a.ok))
        deps.log({
          msg: "sink failed",
          eventId: ev.id,
          sink: failed.sink,
          attempts: failed.attempts,
          error: failed.error,
          alerts: batch.length,
          deliveredElsewhere: delivered,
        });
    }
  // Only a fully delivered event is remembered: a redelivery after a failure must try again.
  if (result.owed === 0) await deps.state.markEventHandled(ev.id);
  deps.log({
    msg: "event processed",
    eventId: ev.id,
    event: routed.event,
    alerts: result.alerts.length,
    undelivered: result.undelivered,
    owed: result.owed,
    skipped: result.skipped.length,
    gaps: result.errors.length,
  });
  return result;
}

/**
 * The findings an event concerns: those of the resource it names; when it names none (or its service was read
 * region-wide and the id did not match), every asset of the route's kinds in that account and region.
 */
function scopeFindings(
  findings: readonly Finding[],
  assets: readonly Asset[],
  refs: readonly ResourceRef[],
  targets: LambdaResult["targets"],
): Finding[] {
  const ids = new Set<string>();
  refs.forEach((ref, i) => {
    const byId = ref.resourceId
      ? assets.filter((a) => normalizeResourceId(a.id) === normalizeResourceId(ref.resourceId!))
      : [];
    const wide = !ref.resourceId || (byId.length === 0 && targets[i]?.recollection !== "resource");
    const chosen = wide
      ? assets.filter(
          (a) =>
            ref.kinds.includes(a.kind) &&
            a.region === ref.region &&
            (a.account === ref.account || a.account === "unknown"),
        )
      : byId;
    for (const asset of chosen) ids.add(normalizeResourceId(asset.id));
  });
  return findings.filter((f) => ids.has(normalizeResourceId(f.resource.id)));
}

/**
 * An event about another account (an organization-wide bus) cannot be answered with this function's
 * credentials until multi-account roles exist: say so instead of silently evaluating nothing.
 */
function otherAccounts(routed: Routed, inventory: Inventory): Inventory["errors"] {
  if (routed.kind !== "cloudtrail" && routed.kind !== "guardduty") return [];
  const read = new Set(inventory.scopes.map((s) => s.account));
  if (read.has("unknown")) return [];
  return routed.refs
    .filter((ref) => !read.has(ref.account))
    .map((ref) => ({
      provider: "aws" as const,
      account: ref.account,
      region: ref.region,
      service: ref.service,
      operation: "recollect",
      ...(ref.name ? { resource: ref.name } : {}),
      code: "OtherAccount",
      message: `the event is about account ${ref.account}; these credentials read ${[...read].join(", ") || "no account"}`,
    }));
}

function summarizeFindings(result: LambdaResult, findings: readonly Finding[]): void {
  result.findings.evaluated = findings.length;
  for (const f of findings) {
    result.findings.byStatus[f.status] += 1;
    if (f.status !== "pass")
      result.findings.items.push({
        checkId: f.checkId,
        resource: f.resource.id,
        status: f.status,
        severity: f.severity,
        message: f.message,
      });
  }
}
