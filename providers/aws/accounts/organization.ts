import { ListAccountsCommand, OrganizationsClient, type Account } from "@aws-sdk/client-organizations";
import type { AwsScanOptions } from "../options.js";
import type { CollectionError } from "../../../src/model/inventory.js";
import { createAwsClient } from "../clients.js";
import type { AwsReader } from "../reader.js";

export interface OrganizationAccounts {
  /** ACTIVE accounts, in the order Organizations lists them. */
  active: string[];
  /** Accounts left out, with their state (SUSPENDED, PENDING_CLOSURE, CLOSED, …). */
  skipped: Array<{ id: string; state: string }>;
  /** False when a page could not be read: the list is partial and the error entry says so. */
  complete: boolean;
}

/**
 * Organizations ListAccounts, every page, from the management or a delegated-administrator account. Only
 * ACTIVE accounts can be read (State, or the older Status when State is absent). A failed page keeps the
 * accounts listed so far: they are read, and the gap is reported.
 */
export async function listOrganizationAccounts(
  reader: AwsReader,
  errors: CollectionError[],
  caller: { account: string; options: AwsScanOptions; region: string },
): Promise<OrganizationAccounts> {
  const { options, region } = caller;
  const client = createAwsClient(OrganizationsClient, options, region);
  const found: OrganizationAccounts = { active: [], skipped: [], complete: true };
  const seen = new Set<string>();
  const tokens = new Set<string>();
  try {
    let nextToken: string | undefined;
    do {
      const page = await reader.read<{ Accounts?: Account[]; NextToken?: string }>(
        "organizations",
        client,
        new ListAccountsCommand(nextToken ? { NextToken: nextToken } : {}),
        { region },
      );
      if (!page.ok) return { ...found, complete: false };
      for (const account of page.value?.Accounts ?? []) {
        if (!account.Id || seen.has(account.Id)) continue;
        seen.add(account.Id);
        const state = account.State ?? account.Status ?? "UNKNOWN";
        if (state === "ACTIVE") found.active.push(account.Id);
        else found.skipped.push({ id: account.Id, state });
      }
      nextToken = page.value?.NextToken;
      if (nextToken && tokens.has(nextToken)) {
        // A token seen before would loop forever: stop, and say the list may be partial.
        errors.push({
          provider: "aws",
          account: caller.account,
          region,
          service: "organizations",
          operation: "ListAccounts",
          code: "RepeatedNextToken",
          message:
            "ListAccounts returned a NextToken it had returned before; the account list may be partial",
        });
        return { ...found, complete: false };
      }
      if (nextToken) tokens.add(nextToken);
    } while (nextToken);
    return found;
  } finally {
    client.destroy();
  }
}
