import type { Io } from "../commands/scan.js";

/** What every command's action needs: where to write, and how to report its exit code. */
export interface CommandContext {
  io: Io;
  exit: (code: number) => void;
}
