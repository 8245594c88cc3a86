import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import type { Inventory } from "../model/inventory.js";
import { InputError } from "../model/input-error.js";

const provider = z.enum(["aws", "azure"]);
const inventorySchema = z.object({
  schemaVersion: z.literal(1),
  collectedAt: z.string(),
  scopes: z.array(z.object({ provider, account: z.string(), regions: z.array(z.string()) })),
  records: z.array(
    z.object({
      provider,
      account: z.string(),
      region: z.string(),
      service: z.string(),
      resourceType: z.string(),
      resourceId: z.string(),
      name: z.string(),
      replies: z.record(z.string(), z.unknown()),
    }),
  ),
  errors: z.array(
    z.object({
      provider,
      account: z.string(),
      region: z.string().optional(),
      service: z.string(),
      operation: z.string(),
      resource: z.string().optional(),
      code: z.string(),
      message: z.string(),
    }),
  ),
});

export function saveInventory(path: string, inventory: Inventory): void {
  writeFileSync(path, JSON.stringify(inventory) + "\n", { mode: 0o600 });
}

/** Loads a saved inventory; a bad file is an InputError naming the file and the field. */
export function loadInventory(path: string): Inventory {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(
      `${path}: cannot read inventory (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = inventorySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("") ?? "";
    throw new InputError(
      `${path}: ${where.replace(/^\./, "") || "(top level)"}: ${issue?.message ?? "invalid inventory"}`,
    );
  }
  return parsed.data as Inventory;
}
