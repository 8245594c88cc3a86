// Shared by the Azure ML workspace checks: controls only Azure reports are optional on the asset.
import { cannotTell, type CheckOutcome } from "../../src/model/check.js";
import { isUnknown, type Known } from "../../src/model/known.js";

/** Decides on a known value; unknown when unreadable, or when the workspace's cloud does not report it. */
export function whenReported<T, Id extends string>(
  what: string,
  value: Known<T> | undefined,
  decide: (value: T) => CheckOutcome<Id>,
): CheckOutcome<Id | "cannotTell"> {
  if (value === undefined) return cannotTell(what, "not reported for this kind of workspace");
  return isUnknown(value) ? cannotTell(what, value) : decide(value);
}
