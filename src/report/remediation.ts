// Remediation for one finding: the check's text, and only the finding's own cloud's command with the
// placeholders we can know (bucket, account, resource group, region, …) filled from the resource's id.
// Placeholders we cannot know (a KMS key, a subnet) stay for the reader to choose.
import type { Finding } from "../model/finding.js";
import { placeholderValues } from "./resource-names.js";

export interface FindingRemediation {
  text: string;
  /** The finding's own cloud's CLI line, placeholders filled where the resource names them. */
  cli?: string;
}

export function remediationFor(finding: Finding): FindingRemediation {
  const template = finding.remediation.cli?.[finding.provider];
  if (!template) return { text: finding.remediation.text };
  return { text: finding.remediation.text, cli: fillPlaceholders(template, placeholderValues(finding)) };
}

/** Replaces whole-word placeholders (BUCKET, not LOG_BUCKET) by shell-quoted values. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\b[A-Z][A-Z0-9_]*\b/g, (word, offset: number) => {
    const value = values[word];
    if (value === undefined) return word;
    // Inside a larger token (arn:aws:s3:::BUCKET/*, s3://BUCKET/), a quote would break the token: those
    // values are only filled when they are plain.
    const embedded = offset > 0 && !/\s/.test(template[offset - 1] ?? " ");
    if (isPlain(value)) return value;
    return embedded ? word : shellQuote(value);
  });
}

function isPlain(value: string): boolean {
  return /^[A-Za-z0-9._:/@+=,-]+$/.test(value);
}

/** POSIX single quotes: nothing inside is interpreted by the shell. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
