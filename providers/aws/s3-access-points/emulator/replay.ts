// Replay: an account's access points rebuilt from a saved inventory's raw S3 Control replies.
import type { InventoryRecord } from "../../../../src/model/inventory.js";

interface RecordedAccessPoint {
  Name?: string;
  Bucket?: string;
  NetworkOrigin?: string;
  VpcConfiguration?: { VpcId: string };
  PublicAccessBlockConfiguration?: Record<string, boolean>;
}

export function replayAccessPoints(records: readonly InventoryRecord[]): Record<string, unknown> {
  const accessPoints = records
    .filter((r) => r.resourceType === "aws.s3.access-point")
    .map((r) => {
      const point = (r.replies.GetAccessPoint ?? {}) as RecordedAccessPoint;
      const policy = r.replies.GetAccessPointPolicy;
      const status = r.replies.GetAccessPointPolicyStatus as { IsPublic?: boolean } | null | undefined;
      return {
        Name: r.name,
        Region: r.region,
        Bucket: point.Bucket,
        ...(point.NetworkOrigin ? { NetworkOrigin: point.NetworkOrigin } : {}),
        ...(point.VpcConfiguration ? { VpcConfiguration: point.VpcConfiguration } : {}),
        ...(point.PublicAccessBlockConfiguration
          ? { PublicAccessBlockConfiguration: point.PublicAccessBlockConfiguration }
          : {}),
        ...(typeof policy === "string" ? { Policy: JSON.parse(policy) as unknown } : {}),
        ...(typeof status?.IsPublic === "boolean" ? { IsPublic: status.IsPublic } : {}),
      };
    });
  return { s3AccessPoints: accessPoints };
}
