import type { ExposureVerdict } from "./asset.js";
import { isUnknown, unknown, type Known } from "./known.js";

/** One route by which something could be public, with the reason it is or is not open. */
export interface Signal {
  open: Known<boolean>;
  reason: string;
}

/**
 * Kleene OR over routes: public if any route is known open; unknown if none is open but one is unknown;
 * otherwise not public. The verdict keeps the reasons that decided it.
 */
export function anyRouteOpen(signals: readonly Signal[]): Known<ExposureVerdict> {
  const open = signals.filter((s) => s.open === true);
  if (open.length > 0) return { public: true, reasons: open.map((s) => s.reason) };
  const unreadable = signals.filter((s) => isUnknown(s.open));
  if (unreadable.length > 0) return unknown(unreadable.map((s) => s.reason).join("; "));
  return { public: false, reasons: signals.map((s) => s.reason) };
}

/** Kleene AND for "route grants access" AND "nothing masks it". */
export function andKnown(a: Known<boolean>, b: Known<boolean>): Known<boolean> {
  if (a === false || b === false) return false;
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  return true;
}

/** Kleene OR of settings (bucket-level or account-level Block Public Access). */
export function orKnown(a: Known<boolean>, b: Known<boolean>): Known<boolean> {
  if (a === true || b === true) return true;
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  return false;
}

export function notKnown(a: Known<boolean>): Known<boolean> {
  return isUnknown(a) ? a : !a;
}
