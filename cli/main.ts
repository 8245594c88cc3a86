import { CommanderError } from "commander";
import { InputError } from "../src/model/input-error.js";
import type { Io } from "./commands/scan.js";
import { terminalOptions } from "./commands/terminal.js";
import { EXIT, STILL_RUNNING } from "./exit-codes.js";
import { buildProgram } from "./program/index.js";

export { STILL_RUNNING };

const io: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
  ...terminalOptions(process.stdout, process.env),
};

export async function main(argv: string[]): Promise<number> {
  let code: number | undefined;
  const program = buildProgram({
    io,
    exit: (c) => {
      code = c;
    },
  });
  // Commander answers `aiposture nosuch --help` with the top-level help and exit 0: refuse the command instead.
  const first = argv[2];
  const known = program.commands.flatMap((c) => [c.name(), ...c.aliases()]).concat("help");
  if (first && !first.startsWith("-") && !known.includes(first)) {
    io.stderr(`aiposture: unknown command '${first}' (see aiposture --help)\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv);
    return code ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`aiposture: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(
      `aiposture: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.internal;
  }
}
