/**
 * Whether a URL's host is this machine (127.0.0.0/8, ::1, localhost). Credentials may travel over plain HTTP
 * only to such a host: the emulator. Anywhere else a passive observer on the path would read them.
 */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (host === "localhost") return true;
  if (host === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The reason a plain-HTTP URL may not carry credentials, or undefined when it may (https, or loopback http). */
export function plainHttpRefusal(value: string, what: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined; // not a URL: the caller's own validation says so
  }
  if (url.protocol !== "http:" || isLoopbackUrl(url)) return undefined;
  return `${what} ${url.protocol}//${url.host} is plain HTTP to a host that is not this machine: credentials would travel in clear; use https (plain http is allowed only for 127.0.0.1, ::1 or localhost, the emulator)`;
}
