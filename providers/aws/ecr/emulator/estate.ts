// ECR's estate section: repositories and their images, in the API's own shapes. An image's scan is what
// `aws ecr describe-image-scan-findings` prints (imageScanStatus, imageScanFindings with basic `findings` or
// enhanced `enhancedFindings`), so real output can be pasted in; without `scan` the image was never scanned.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const imageSchema = z.strictObject({
  imageTags: z.array(z.string()).default([]),
  imageDigest: z.string().regex(/^sha256:[a-f0-9]{64}$/, "expected sha256:<64 hex digits>"),
  /** The manifest document; default: a one-layer OCI manifest. */
  imageManifest: z.record(z.string(), z.unknown()).optional(),
  scan: z
    .strictObject({
      imageScanStatus: z.object({ status: z.string(), description: z.string().optional() }),
      imageScanFindings: z
        .object({
          imageScanCompletedAt: z.string().optional(),
          findings: z.array(z.record(z.string(), z.unknown())).optional(),
          enhancedFindings: z.array(z.record(z.string(), z.unknown())).optional(),
        })
        .optional(),
    })
    .optional(),
});

const repositorySchema = z.strictObject({
  repositoryName: z.string().min(2),
  region: z.string().default("us-east-1"),
  images: z.array(imageSchema).default([]),
});

export const ecrEstate = estateSection(
  "ecr",
  z.strictObject({ repositories: z.array(repositorySchema).default([]) }).default({ repositories: [] }),
);

export type EcrEstate = z.output<typeof ecrEstate.schema>;
export type EcrImage = z.output<typeof imageSchema>;
