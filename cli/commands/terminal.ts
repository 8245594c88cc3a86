// What the terminal tells us: its width (80 when stdout is not a terminal) and whether to colour output,
// by the NO_COLOR (no-color.org) and FORCE_COLOR conventions.
import { InvalidArgumentError } from "commander";
import { isSeverity, type Severity } from "../../src/model/severity.js";

export function terminalOptions(
  stdout: { isTTY?: boolean; columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): { width: number; color: boolean } {
  const width = stdout.isTTY && stdout.columns && stdout.columns > 0 ? stdout.columns : 80;
  return { width, color: wantsColor(Boolean(stdout.isTTY), env) };
}

export function wantsColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}

export function parseSeverity(value: string): Severity {
  if (isSeverity(value)) return value;
  throw new InvalidArgumentError("must be one of critical, high, medium, low, info");
}
