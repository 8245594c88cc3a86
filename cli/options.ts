import { InvalidArgumentError } from "commander";
import { isSeverity, type Severity } from "../src/model/severity.js";
import { KNOWN_AWS_REGIONS, unknownAwsRegions } from "../providers/aws/regions.js";
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from "../src/report/formats/names.js";

export function parsePositiveInt(flag: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`${flag} must be an integer from 1 to ${max}`);
    return n;
  };
}

/** A duration in seconds (fractions allowed), as milliseconds. */
export function parseSeconds(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < min || n > max)
      throw new InvalidArgumentError(`${flag} must be a number of seconds from ${min} to ${max}`);
    return Math.round(n * 1000);
  };
}

export function parseInteger(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${flag} must be an integer from ${min} to ${max}`);
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

/** --regions: AWS region names, refused with the list when one is not a region. */
export function parseAwsRegions(value: string): string[] {
  const regions = parseList(value);
  const unknown = unknownAwsRegions(regions);
  if (unknown.length > 0)
    throw new InvalidArgumentError(
      `unknown region ${unknown.join(", ")}; known regions: ${KNOWN_AWS_REGIONS.join(", ")}`,
    );
  return regions;
}

/** --format for reports: a comma-separated list of known formats. */
export function parseFormats(value: string): ReportFormat[] {
  const items = value
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.filter((item) => !isReportFormat(item));
  if (items.length === 0 || bad.length > 0)
    throw new InvalidArgumentError(
      `${bad.length > 0 ? `unknown format ${bad.join(", ")}: ` : ""}must be one or more of ${REPORT_FORMATS.join(", ")}, comma-separated`,
    );
  return [...new Set(items as ReportFormat[])];
}

/** An http(s) URL (an endpoint flag). */
export function parseHttpUrlOption(value: string): string {
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw new InvalidArgumentError("must be an http(s) URL");
  return value;
}

/** Cloud calls in flight at once when --concurrency is not given (the benchmark uses it too). */
export const DEFAULT_CONCURRENCY = 16;
