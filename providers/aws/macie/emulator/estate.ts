// Amazon Macie estate, per account and keyed by region. A region absent here has Macie off (every call answers
// AccessDeniedException "Macie is not enabled."). `buckets` are what `aws macie2 describe-buckets` prints for the
// fields aiposture reads, by bucket name; the emulator fills in the ARN, account and region.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const macieBucketSchema = z.strictObject({
  bucketName: z.string().min(3),
  /** -1 classification error, 1–49 not sensitive, 50 not yet analysed (Macie's default), 51–100 sensitive. */
  sensitivityScore: z.number().int().min(-1).max(100).default(50),
  automatedDiscoveryMonitoringStatus: z.enum(["MONITORED", "NOT_MONITORED"]).default("MONITORED"),
});

export const macieSchema = z
  .record(
    z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "expected a region name such as us-east-1"),
    z.strictObject({
      /** PAUSED: Macie is on but suspended (no discovery runs). */
      status: z.enum(["ENABLED", "PAUSED"]).default("ENABLED"),
      automatedDiscovery: z.boolean().default(false),
      buckets: z.array(macieBucketSchema).default([]),
    }),
  )
  // Optional, so estates without Macie stay valid: Macie is off everywhere.
  .optional();

export type MacieBucket = z.output<typeof macieBucketSchema>;

/** Macie per region. */
export const macieEstate = estateSection("macie", macieSchema);
