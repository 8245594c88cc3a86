// The whole command line, described: every command's options and help, and nothing else. Each action imports its
// implementation when it runs, so `aiposture --help` (and `checks`) load no cloud SDK, no provider and no emulator.
import { Command } from "commander";
import { toolVersion } from "../../src/version.js";
import type { CommandContext } from "./context.js";
import { defineInventory } from "./inventory.js";
import { defineDemo, defineScan } from "./scan.js";
import {
  defineAdvisories,
  defineChecks,
  defineCompliance,
  defineExport,
  defineHistory,
  defineMock,
  definePermissions,
  definePolicy,
} from "./tools.js";

export function buildProgram(context: CommandContext): Command {
  const program = new Command("aiposture")
    .description("Find public exposure and missing encryption in AI infrastructure on AWS and Azure")
    .version(toolVersion())
    .exitOverride()
    .configureOutput({
      writeErr: (text) => context.io.stderr(text),
      writeOut: (text) => context.io.stdout(text),
    });
  defineScan(program, context);
  defineDemo(program, context);
  defineInventory(program, context);
  defineCompliance(program, context);
  defineExport(program, context);
  defineAdvisories(program, context);
  defineHistory(program, context);
  definePolicy(program, context);
  defineChecks(program, context);
  definePermissions(program, context);
  defineMock(program, context);
  return program;
}
