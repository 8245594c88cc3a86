/** Documented exit codes (README "Exit codes"). */
export const EXIT = {
  /** Nothing failed at or above --fail-on, every resource was read and every verdict decided. */
  ok: 0,
  /** At least one failure at or above --fail-on. */
  findings: 1,
  /** Bad flag, file or input: nothing was scanned, or the input named in the message was refused. */
  usage: 2,
  /** No failure at or above --fail-on, but something could not be read (coverage gaps) or a verdict is unknown. */
  gaps: 3,
  /** aiposture itself crashed: a bug, please report it. */
  internal: 70,
} as const;

/** Returned by commands that keep the process alive (the standalone emulator). */
export const STILL_RUNNING = -1;
