// A value the collector could not read is Unknown (with the reason), never false or empty.
export interface Unknown {
  readonly unknown: true;
  readonly reason: string;
}

export type Known<T> = T | Unknown;

export function unknown(reason: string): Unknown {
  return { unknown: true, reason };
}

export function isUnknown(value: unknown): value is Unknown {
  return typeof value === "object" && value !== null && (value as { unknown?: unknown }).unknown === true;
}
