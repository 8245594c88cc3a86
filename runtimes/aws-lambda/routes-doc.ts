// The routing table as docs/lambda.md shows it (`npm run docs` writes it between the cloudtrail-routes markers;
// test/lambda/routes.test.ts keeps the document in step): one row per run of calls that share a service,
// their kinds and where the resource id comes from.
import { recollectionMode } from "../../providers/aws/collect-one.js";
import { CLOUDTRAIL_ROUTES, type ServiceRoute } from "./routes.js";

const RECOLLECTED: Record<ReturnType<typeof recollectionMode>, (service: string) => string> = {
  resource: (service) => `that resource alone (${service} collectOne)`,
  "service-region": (service) => `${service} in the event's region ¹`,
  region: () => "every collector in the event's region ²",
};

/** Markdown text of a cell: pipes would end it, and the sender never writes here, but keep the table whole. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function routesTableMarkdown(routes: readonly ServiceRoute[] = CLOUDTRAIL_ROUTES): string {
  const rows: Array<{ first: ServiceRoute; names: string[] }> = [];
  for (const route of routes) {
    const last = rows.at(-1);
    const same =
      last &&
      last.first.service === route.service &&
      last.first.eventSource === route.eventSource &&
      last.first.idFrom === route.idFrom &&
      last.first.kinds.join() === route.kinds.join();
    if (same) last.names.push(route.eventName);
    else rows.push({ first: route, names: [route.eventName] });
  }
  const lines = [
    "| eventSource | eventName | Kinds | Resource id | Re-collected |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      ({ first, names }) =>
        `| \`${cell(first.eventSource)}\` | ${cell(names.join(", "))} | ${cell(first.kinds.join(", "))} | ${cell(
          first.idFrom,
        )} | ${cell(RECOLLECTED[recollectionMode(first.service)](first.service))} |`,
    ),
  ];
  return lines.join("\n");
}
