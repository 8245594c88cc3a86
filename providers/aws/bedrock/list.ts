import type { AwsCollectContext } from "../context.js";
import type { ReadScope, SendsCommands } from "../reader.js";

/** The largest page every Bedrock and Bedrock Agent list operation accepts (maxResults 1–1000). */
export const BEDROCK_PAGE_SIZE = 1000;

/**
 * Follows nextToken to the end. Any failed page makes the whole listing unknown (undefined): a partial list
 * must not read as "these are all the resources". The failure is already an error entry (the reader also fails
 * a page whose token the listing already sent, so a service repeating tokens cannot loop it).
 */
export async function listAll<T>(
  ctx: AwsCollectContext,
  clientName: string,
  client: SendsCommands,
  command: (nextToken: string | undefined) => object,
  items: (page: Record<string, unknown>) => T[] | undefined,
  scope: ReadScope,
): Promise<T[] | undefined> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<Record<string, unknown>>(clientName, client, command(token), scope);
    if (!page.ok) return undefined;
    out.push(...(items(page.value ?? {}) ?? []));
    const next = page.value?.nextToken;
    token = typeof next === "string" && next !== "" ? next : undefined;
  } while (token);
  return out;
}
