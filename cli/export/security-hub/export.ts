// Sends a report's AWS findings to Security Hub with BatchImportFindings: grouped by region (a finding is
// filed in its own region), at most 100 per call (the API's limit). Throttling is retried by the SDK's
// adaptive retry; findings Security Hub refuses (FailedFindings) are reported one by one, and a batch that
// fails as a whole is reported with its findings' ids, while the other batches still go.
import {
  BatchImportFindingsCommand,
  SecurityHubClient,
  type AwsSecurityFinding,
} from "@aws-sdk/client-securityhub";
import { awsClientConfig } from "../../../providers/aws/clients.js";
import type { Report } from "../../../src/model/finding.js";
import { asffFindings } from "../../../src/report/formats/asff.js";
import { MAX_BATCH, SECURITY_HUB_EXPORT_OPERATIONS } from "./operations.js";

export { MAX_BATCH };

export interface ExportOptions {
  endpoint?: string;
  profile?: string;
  maxAttempts: number;
  batchSize?: number;
  /** Only failures and unknowns (passes are sent as RESOLVED/ARCHIVED otherwise, closing earlier findings). */
  onlyFailed?: boolean;
}

export interface ExportFailure {
  id: string;
  region: string;
  code: string;
  message: string;
}

export interface ExportResult {
  sent: number;
  imported: number;
  failed: ExportFailure[];
  batches: number;
}

export async function exportToSecurityHub(report: Report, options: ExportOptions): Promise<ExportResult> {
  const size = Math.min(options.batchSize ?? MAX_BATCH, MAX_BATCH);
  const findings = asffFindings(report).filter(
    (f) => !options.onlyFailed || f.Compliance?.Status !== "PASSED",
  );
  const byRegion = new Map<string, AwsSecurityFinding[]>();
  for (const finding of findings) {
    const region = finding.Resources?.[0]?.Region ?? "us-east-1";
    byRegion.set(region, [...(byRegion.get(region) ?? []), finding]);
  }
  const result: ExportResult = { sent: findings.length, imported: 0, failed: [], batches: 0 };
  for (const [region, list] of byRegion) {
    const client = new SecurityHubClient(
      awsClientConfig(
        {
          maxAttempts: options.maxAttempts,
          concurrency: 1,
          ...(options.endpoint ? { endpoint: options.endpoint } : {}),
          ...(options.profile ? { profile: options.profile } : {}),
        },
        region,
      ),
    );
    try {
      for (let start = 0; start < list.length; start += size) {
        const batch = list.slice(start, start + size);
        result.batches += 1;
        await sendBatch(client, region, batch, result);
      }
    } finally {
      client.destroy();
    }
  }
  return result;
}

async function sendBatch(
  client: SecurityHubClient,
  region: string,
  batch: AwsSecurityFinding[],
  result: ExportResult,
): Promise<void> {
  if (!SECURITY_HUB_EXPORT_OPERATIONS.some((op) => op.operation === "BatchImportFindings"))
    throw new Error("BatchImportFindings is not in the export's operations list");
  try {
    const reply = await client.send(new BatchImportFindingsCommand({ Findings: batch }));
    const failed = reply.FailedFindings ?? [];
    result.imported += reply.SuccessCount ?? batch.length - failed.length;
    for (const f of failed)
      result.failed.push({ id: f.Id ?? "", region, code: f.ErrorCode ?? "", message: f.ErrorMessage ?? "" });
  } catch (error) {
    const code = (error as { name?: string }).name ?? "Error";
    const message = error instanceof Error ? error.message : String(error);
    for (const finding of batch) result.failed.push({ id: finding.Id ?? "", region, code, message });
  }
}
