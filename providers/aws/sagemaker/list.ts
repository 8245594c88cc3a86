// NextToken pagination for SageMaker List* operations, through the reader (bounded, recorded).
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { AwsCollectContext } from "../context.js";

/** Largest page SageMaker's List* operations accept. */
export const SAGEMAKER_PAGE_SIZE = 100;

/**
 * Reads every page. A failed page ends the listing with what was read so far; the failure is already an error
 * entry for the region, so the gap shows in the report.
 */
export async function listAll<Page, Item>(
  ctx: AwsCollectContext,
  client: SageMakerClient,
  region: string,
  command: (nextToken: string | undefined) => object,
  items: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  const out: Item[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<Page & { NextToken?: string }>("sagemaker", client, command(token), {
      region,
    });
    if (!page.ok || !page.value) break;
    out.push(...(items(page.value) ?? []));
    token = page.value.NextToken || undefined;
  } while (token);
  return out;
}
