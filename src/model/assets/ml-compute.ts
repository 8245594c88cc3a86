// What managed ML compute shares across kinds and clouds: SageMaker endpoints, notebooks, training jobs and
// Studio domains, and later Azure ML online endpoints, compute instances and workspaces.
import type { EncryptionAtRest } from "../asset-base.js";

/** Encryption of the storage volumes attached to managed ML compute. */
export interface ComputeVolumeEncryption extends EncryptionAtRest {
  /**
   * False when the platform refuses a customer key for this compute: SageMaker instance types with local NVMe
   * storage, which a hardware module on the instance encrypts.
   */
  customerKeySupported: boolean;
  detail: string;
}

/** Whether managed ML compute runs attached to the customer's own private network. */
export interface MlNetworkPlacement {
  /** Attached to the customer's VPC / virtual network (SageMaker VpcConfig or SubnetId, Azure VNet injection). */
  customerNetwork: boolean;
  /** VPC / virtual network id, when the provider reports it. */
  networkId?: string;
  subnetIds: string[];
  securityGroupIds: string[];
  detail: string;
}

/** Where a job or endpoint writes data (an S3 / blob location) and under which key. */
export interface OutputEncryption {
  /** s3:// URI (or blob URL) the data is written to. */
  destination?: string;
  keyManager: "customer" | "provider" | "none";
  keyId?: string;
  detail: string;
}

/** The container is cut off from the network (SageMaker EnableNetworkIsolation): no calls out, no exfiltration. */
export interface NetworkIsolation {
  enabled: boolean;
  detail: string;
}
