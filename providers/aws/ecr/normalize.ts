// An ECR image record → container-image asset: the manifest's digest and config, and the scan's findings per
// package from basic (attributes package_name / package_version) and enhanced (Inspector vulnerablePackages)
// scanning. A reply that was not read is unknown; "never scanned" is an answer (scan null).
import type {
  ContainerImageAsset,
  ImagePackageFinding,
  ImageScan,
} from "../../../src/model/assets/container-image.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown } from "../../../src/model/known.js";
import type { ReplyReader } from "../replies.js";

interface BatchGetImageReply {
  images?: Array<{
    imageId?: { imageDigest?: string };
    imageManifest?: string;
    imageManifestMediaType?: string;
  }>;
  failures?: Array<{ failureCode?: string; failureReason?: string }>;
}

interface BasicFinding {
  name?: string;
  severity?: string;
  attributes?: Array<{ key?: string; value?: string }>;
}

interface EnhancedFinding {
  severity?: string;
  packageVulnerabilityDetails?: {
    vulnerabilityId?: string;
    vulnerablePackages?: Array<{
      name?: string;
      version?: string;
      fixedInVersion?: string;
      packageManager?: string;
    }>;
  };
}

interface ScanReply {
  imageScanStatus?: { status?: string; description?: string };
  imageScanFindings?: {
    imageScanCompletedAt?: string | Date;
    findings?: BasicFinding[];
    enhancedFindings?: EnhancedFinding[];
  };
}

export function normalizeEcrImage(record: InventoryRecord, read: ReplyReader): ContainerImageAsset {
  const manifest = read<BatchGetImageReply>(record, "BatchGetImage");
  const scan = read<ScanReply>(record, "DescribeImageScanFindings");
  return {
    id: record.resourceId,
    kind: "container-image",
    provider: "aws",
    account: record.account,
    region: record.region,
    type: "aws.ecr.image",
    name: record.name,
    tags: unknown("repository tags are not read"),
    relations: [],
    raw: record.replies,
    uri: record.name,
    usedBy: (record.replies["UsedBy"] as string[] | undefined) ?? [],
    manifest: isUnknown(manifest) ? manifest : manifestOf(manifest),
    scan: isUnknown(scan) ? scan : scan === null ? null : scanOf(scan),
  };
}

function manifestOf(reply: BatchGetImageReply | null): ContainerImageAsset["manifest"] {
  const image = reply?.images?.[0];
  if (!image) {
    const failure = reply?.failures?.[0];
    return unknown(
      `BatchGetImage returned no image${failure ? ` (${failure.failureCode}: ${failure.failureReason})` : ""}`,
    );
  }
  let parsed: { config?: { digest?: string }; layers?: unknown[] } = {};
  try {
    parsed = JSON.parse(image.imageManifest ?? "{}") as typeof parsed;
  } catch {
    return unknown("BatchGetImage returned a manifest that is not JSON");
  }
  return {
    ...(image.imageId?.imageDigest ? { digest: image.imageId.imageDigest } : {}),
    ...(image.imageManifestMediaType ? { mediaType: image.imageManifestMediaType } : {}),
    ...(parsed.config?.digest ? { configDigest: parsed.config.digest } : {}),
    layers: parsed.layers?.length ?? 0,
  };
}

function scanOf(reply: ScanReply): ImageScan {
  const findings: ImagePackageFinding[] = [];
  let unnamed = 0;
  for (const f of reply.imageScanFindings?.findings ?? []) {
    const attr = (key: string) => f.attributes?.find((a) => a.key === key)?.value;
    const name = attr("package_name");
    if (!name) {
      unnamed += 1;
      continue;
    }
    findings.push({
      package: name,
      version: attr("package_version") ?? "",
      vulnerabilityId: f.name ?? "unnamed",
      severity: f.severity ?? "UNDEFINED",
    });
  }
  for (const f of reply.imageScanFindings?.enhancedFindings ?? []) {
    const details = f.packageVulnerabilityDetails;
    const packages = details?.vulnerablePackages ?? [];
    if (packages.length === 0) unnamed += 1;
    for (const p of packages)
      findings.push({
        package: p.name ?? "",
        version: p.version ?? "",
        vulnerabilityId: details?.vulnerabilityId ?? "unnamed",
        severity: f.severity ?? "UNDEFINED",
        ...(p.fixedInVersion && p.fixedInVersion !== "NotAvailable" ? { fixedIn: p.fixedInVersion } : {}),
        ...(p.packageManager ? { packageManager: p.packageManager } : {}),
      });
  }
  const completed = reply.imageScanFindings?.imageScanCompletedAt;
  return {
    status: reply.imageScanStatus?.status ?? "UNKNOWN",
    ...(reply.imageScanStatus?.description ? { description: reply.imageScanStatus.description } : {}),
    ...(completed ? { completedAt: new Date(completed).toISOString() } : {}),
    findings,
    unnamed,
  };
}
