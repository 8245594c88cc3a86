// Webhook URLs carry their credential in the path (Slack /services/T…/B…/token, Teams …/IncomingWebhook/…/…),
// so they are secrets: logs, results and errors show only scheme and host.

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}/***`;
  } catch {
    return "***";
  }
}

/** Removes every occurrence of the secrets (and their URL path/query parts) from a text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    const parts = [secret];
    try {
      const parsed = new URL(secret);
      parts.push(`${parsed.pathname}${parsed.search}`, parsed.pathname);
    } catch {
      // not a URL: the secret itself is enough
    }
    for (const part of parts)
      if (part.length > 1) out = out.split(part).join(part === secret ? redactUrl(secret) : "/***");
  }
  return out;
}
