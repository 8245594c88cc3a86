import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";

/** Whether one protection of a native threat-detection service is on, and what the service said. */
export interface ProtectionState {
  on: boolean;
  detail: string;
}

/** The buckets a scope scans for malware on upload, by bucket name. */
export interface MalwareScanning {
  buckets: string[];
  detail: string;
}

/**
 * A cloud's native threat detection for one scope: a GuardDuty detector per AWS account and region, Defender for
 * Cloud plans per Azure subscription. Its id is stable per scope (not the detector id), so a finding about a
 * region keeps its fingerprint when a detector is created or replaced.
 */
export interface ThreatDetectionAsset extends AssetBase {
  kind: "threat-detection";
  service: "guardduty" | "defender";
  /** The service watches this scope at all (GuardDuty detector ENABLED; Defender CSPM/servers plan on). */
  enabled: Known<ProtectionState>;
  /** Threat detection on object-storage data access (GuardDuty S3 Protection, Defender for Storage). */
  storageProtection: Known<ProtectionState>;
  /** Threat detection for AI workloads (GuardDuty AI Protection, Defender for AI services). */
  aiProtection: Known<ProtectionState>;
  /** Runtime threat detection on compute (GuardDuty Runtime Monitoring); absent where the cloud has no such read. */
  runtimeProtection?: Known<ProtectionState>;
  /** Buckets whose new objects are scanned for malware (GuardDuty Malware Protection for S3 plans, ACTIVE). */
  malwareScanning?: Known<MalwareScanning>;
  /** Listings that failed in this scope: while any did, "no AI assets here" is unknown, not a pass. */
  enumerationGaps?: string[];
}
