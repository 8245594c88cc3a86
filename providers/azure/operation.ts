// One Azure Resource Manager call the tool makes: always a GET, matched by path, with the RBAC action that
// authorizes it. Each service folder lists its own; providers/azure/operations.ts derives the whole list.

export interface AzureOperation {
  /** Short service name used in error entries and inventory records ("storage", "search"). */
  service: string;
  /** ARM operationId: the name in error entries, inventory replies, and the emulator's calls() and faults. */
  operation: string;
  /** What issues it: an SDK method, or "arm-rest" for a GET through the pipeline without an SDK client. */
  sdk: string;
  /** ARM path template, matched case-insensitively; {name*} spans segments. Always a GET. */
  path: string;
  /** The Azure RBAC action that authorizes it. */
  permission: string;
  why: string;
}

const compiled = new Map<AzureOperation, RegExp>();

function patternOf(entry: AzureOperation): RegExp {
  let pattern = compiled.get(entry);
  if (!pattern) {
    const source = entry.path
      .split(/(\{\w+\*?\})/)
      .map((part) => {
        const spans = /^\{\w+(\*?)\}$/.exec(part);
        if (spans) return spans[1] ? ".+" : "[^/]+";
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    pattern = new RegExp(`^${source}/?$`, "i");
    compiled.set(entry, pattern);
  }
  return pattern;
}

/** Whether an HTTP request is the listed operation: a GET whose path matches its template. */
export function requestMatches(entry: AzureOperation, method: string, path: string): boolean {
  return method.toUpperCase() === "GET" && patternOf(entry).test(path);
}
