// Each provider declares its own flags as data (src/engine/provider.ts ProviderFlag); this turns them into
// commander options, and the parsed values back into each provider's options input.
import { InvalidArgumentError, Option, type Command } from "commander";
import type { ProviderFlagSet } from "../wiring/provider-flags.js";
import type { ProviderOptionsInput } from "../src/engine/scan.js";

export function addProviderFlags(command: Command, adapters: readonly ProviderFlagSet[]): Command {
  const seen = new Set<string>();
  for (const adapter of adapters) {
    for (const flag of adapter.flags) {
      if (seen.has(flag.name)) continue;
      seen.add(flag.name);
      const option = new Option(flag.name, `${flag.description} [${adapter.id}]`);
      const parse = flag.parse;
      if (parse)
        option.argParser((value: string) => {
          try {
            return parse(value);
          } catch (error) {
            throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
          }
        });
      if (flag.default !== undefined) option.default(flag.default);
      if (flag.conflicts) option.conflicts(flag.conflicts);
      command.addOption(option);
    }
  }
  return command;
}

/** The options input of each provider, from the command's parsed flag values. */
export function providerOptionsFromFlags(
  values: Readonly<Record<string, unknown>>,
  adapters: readonly ProviderFlagSet[],
): ProviderOptionsInput {
  return Object.fromEntries(adapters.map((adapter) => [adapter.id, adapter.optionsFromFlags(values)]));
}
