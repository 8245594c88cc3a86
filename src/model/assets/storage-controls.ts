// Storage controls that some clouds have and others do not (today: Azure storage accounts). Optional on the
// storage asset: absent means the provider has no such control; Unknown means it has one that was not read.
import type { Known } from "../known.js";

export interface StorageNetworkExposure {
  /** Requests from any internet address reach the data endpoint (authorization still applies). */
  public: boolean;
  detail: string;
}

export interface StorageAccountControls {
  /** Network reachability of the data endpoint: Azure publicNetworkAccess and the firewall's default action. */
  networkExposure?: Known<StorageNetworkExposure>;
  /** Account keys (Shared Key, and SAS signed with them) are accepted besides identity-based authorization. */
  sharedKeyAccess?: Known<{ allowed: boolean; detail: string }>;
  /** Lowest TLS version the data endpoint accepts ("1.0", "1.1", "1.2", "1.3"). */
  minimumTlsVersion?: Known<string>;
  /** A second encryption layer at rest, at the infrastructure level (Azure requireInfrastructureEncryption). */
  infrastructureEncryption?: Known<{ enabled: boolean }>;
  /** Write-once (WORM) protection: Azure account-level or every container's immutability policy. */
  immutability?: Known<{ protected: boolean; detail: string }>;
  /** Deleted objects are kept for a retention period (Azure blob soft delete). */
  softDelete?: Known<{ enabled: boolean; retentionDays?: number; detail: string }>;
}
