import { InvalidArgumentError } from "commander";
import { isSeverity, type Severity } from "../src/model/severity.js";

export function parsePositiveInt(flag: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`${flag} must be an integer from 1 to ${max}`);
    return n;
  };
}

export function parseFailOn(value: string): Severity | "none" {
  if (value === "none" || isSeverity(value)) return value;
  throw new InvalidArgumentError("must be one of critical, high, medium, low, info, none");
}

export function parseList(value: string): string[] {
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError("must be a comma-separated list");
  return items;
}

export function parseFormat<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`must be one of ${allowed.join(", ")}`);
  };
}
