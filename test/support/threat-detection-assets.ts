// Builders for threat-detection assets and native findings: the merge and the posture checks are pure, so their
// tests need no cloud.
import type { ThreatDetectionAsset } from "../../src/model/assets/threat-detection.js";
import type { NativeFinding, NativeSourceStatus } from "../../src/model/native-finding.js";

export function threatDetectionAsset(overrides: Partial<ThreatDetectionAsset> = {}): ThreatDetectionAsset {
  return {
    id: "arn:aws:guardduty:us-east-1:111122223333:detector",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    kind: "threat-detection",
    type: "aws.guardduty.detector",
    name: "guardduty/us-east-1",
    tags: {},
    relations: [],
    raw: {},
    service: "guardduty",
    enabled: { on: true, detail: "detector d1 is ENABLED" },
    storageProtection: { on: true, detail: "S3 Protection (S3_DATA_EVENTS) is ENABLED" },
    aiProtection: { on: true, detail: "AI Protection (AI_PROTECTION) is ENABLED" },
    ...overrides,
  };
}

export function guardDutyFinding(overrides: Partial<NativeFinding> = {}): NativeFinding {
  const type = overrides.type ?? "Exfiltration:S3/AnomalousBehavior";
  return {
    source: "guardduty",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    nativeId: "f1",
    type,
    foldKey: type,
    kind: type.startsWith("Policy:") ? "posture" : "threat",
    active: true,
    title: `${type} on example-bucket`,
    severity: "high",
    nativeSeverity: 8,
    resourceIds: ["arn:aws:s3:::example-bucket"],
    resourceType: "S3Bucket",
    count: 1,
    ...overrides,
  };
}

export function defenderFinding(overrides: Partial<NativeFinding> = {}): NativeFinding {
  const type = overrides.type ?? "Storage.Blob_AnonymousAccessAnomaly";
  return {
    source: "defender",
    provider: "azure",
    account: "00000000-0000-0000-0000-000000000001",
    region: "eastus",
    nativeId:
      "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Security/locations/eastus/alerts/a1",
    type,
    foldKey: type,
    kind: "threat",
    active: true,
    title: "Anonymous access anomaly",
    severity: "high",
    nativeSeverity: "High",
    resourceIds: [],
    count: 1,
    ...overrides,
  };
}

export function sourceStatus(overrides: Partial<NativeSourceStatus> = {}): NativeSourceStatus {
  return {
    source: "guardduty",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    state: "read",
    detail: "detector d1",
    findings: 0,
    ...overrides,
  };
}
