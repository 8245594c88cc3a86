// Amazon ECR (awsJson1_1, X-Amz-Target AmazonEC2ContainerRegistry_V20150921.<Operation>, signing name "ecr"):
// BatchGetImage and DescribeImageScanFindings, per region. Errors follow the ECR API Reference: a missing
// repository is RepositoryNotFoundException, a missing image ImageNotFoundException (BatchGetImage reports it
// in `failures`), an image without a scan ScanNotFoundException. Findings page with nextToken.
import { jsonError, jsonOk, jsonTarget, parseJsonBody } from "../../../../mocks/protocols/json.js";
import type {
  EmuRequest,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { ecrEstate, type EcrImage } from "./estate.js";

const PREFIX = "AmazonEC2ContainerRegistry_V20150921";
const error = (status: number, code: string, message: string) => jsonError(status, code, message, "1.1");
const ok = (body: unknown) => jsonOk(body, "1.1");

const errors: ServiceErrors = {
  error,
  throttling: { status: 400, code: "ThrottlingException", message: "Rate exceeded" },
  accessDenied: {
    status: 400,
    code: "AccessDeniedException",
    message: "User is not authorized to perform this action",
  },
  missingAuth: {
    status: 400,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: { status: 400, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "UnknownOperationException", message: "" },
};

function body(req: EmuRequest): Record<string, unknown> {
  try {
    const parsed = parseJsonBody(req);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

type ImageId = { imageTag?: string; imageDigest?: string };

function find(images: readonly EcrImage[], id: ImageId): EcrImage | undefined {
  return images.find(
    (i) =>
      (id.imageDigest === undefined || i.imageDigest === id.imageDigest) &&
      (id.imageTag === undefined || i.imageTags.includes(id.imageTag)),
  );
}

function manifest(image: EcrImage): string {
  return JSON.stringify(
    image.imageManifest ?? {
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: {
        mediaType: "application/vnd.oci.image.config.v1+json",
        size: 1024,
        digest: `sha256:${"c".repeat(64)}`,
      },
      layers: [
        {
          mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
          size: 1,
          digest: `sha256:${"d".repeat(64)}`,
        },
      ],
    },
  );
}

export const ecr: ServiceEmulator = {
  name: "ecr",
  matches: (req) => jsonTarget(req)?.prefix === PREFIX,
  operation: (req): Operation | undefined => {
    const target = jsonTarget(req);
    if (!target?.operation) return undefined;
    const repository = body(req)["repositoryName"];
    return {
      name: target.operation,
      resource: typeof repository === "string" ? repository : "",
      write: !/^(Describe|List|Get|BatchGet|BatchCheck)/.test(target.operation),
    };
  },
  errors,
  handle: (req, op, ctx: HandlerContext) => {
    const input = body(req);
    const registryId = typeof input["registryId"] === "string" ? input["registryId"] : ctx.account.id;
    const repo = ecrEstate
      .of(ctx.account)
      .repositories.find((r) => r.repositoryName === input["repositoryName"] && r.region === ctx.region);
    if (!repo || registryId !== ctx.account.id)
      return error(
        400,
        "RepositoryNotFoundException",
        `The repository with name '${String(input["repositoryName"])}' does not exist in the registry with id '${registryId}'`,
      );
    const base = { registryId, repositoryName: repo.repositoryName };
    if (op.name === "BatchGetImage") {
      const ids = (input["imageIds"] as ImageId[] | undefined) ?? [];
      const images = [];
      const failures = [];
      for (const id of ids) {
        const image = find(repo.images, id);
        if (image)
          images.push({
            ...base,
            imageId: { imageDigest: image.imageDigest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
            imageManifest: manifest(image),
            imageManifestMediaType: "application/vnd.oci.image.manifest.v1+json",
          });
        else
          failures.push({
            imageId: id,
            failureCode: "ImageNotFound",
            failureReason: "Requested image not found",
          });
      }
      return ok({ images, failures });
    }
    if (op.name === "DescribeImageScanFindings") {
      const id = (input["imageId"] as ImageId | undefined) ?? {};
      const image = find(repo.images, id);
      if (!image)
        return error(
          400,
          "ImageNotFoundException",
          `The image with imageId ${JSON.stringify(id)} does not exist within the repository`,
        );
      if (!image.scan)
        return error(
          400,
          "ScanNotFoundException",
          `Image scan does not exist for the image with '${JSON.stringify(id)}'`,
        );
      const all = [
        ...(image.scan.imageScanFindings?.findings ?? []).map((f) => ({ kind: "findings" as const, f })),
        ...(image.scan.imageScanFindings?.enhancedFindings ?? []).map((f) => ({
          kind: "enhancedFindings" as const,
          f,
        })),
      ];
      const size = ctx.pageSize ?? 100;
      const start = Number(input["nextToken"] ?? 0) || 0;
      const page = all.slice(start, start + size);
      const next = start + size < all.length ? String(start + size) : undefined;
      const findings = image.scan.imageScanFindings;
      return ok({
        ...base,
        imageId: { imageDigest: image.imageDigest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
        imageScanStatus: image.scan.imageScanStatus,
        ...(findings
          ? {
              imageScanFindings: {
                ...(findings.imageScanCompletedAt
                  ? { imageScanCompletedAt: Date.parse(findings.imageScanCompletedAt) / 1000 }
                  : {}),
                findings: page.filter((p) => p.kind === "findings").map((p) => p.f),
                enhancedFindings: page.filter((p) => p.kind === "enhancedFindings").map((p) => p.f),
              },
            }
          : {}),
        ...(next ? { nextToken: next } : {}),
      });
    }
    return error(400, "UnknownOperationException", "");
  },
};
