// A model registry group: SageMaker Model Registry's model package group, its resource policy (who else may read
// or register model versions) and the versions registered in it.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";

export interface RegistryPolicyVerdict {
  /** Anyone (any AWS account or anonymous) is granted access by some statement. */
  public: boolean;
  /** Why, statement by statement, when public. */
  publicReasons: string[];
  /** Fixed principals of other AWS accounts the policy grants. */
  crossAccountPrincipals: string[];
}

export interface ModelPackageVersion {
  arn: string;
  version?: number;
  /** Approved, PendingManualApproval or Rejected; unknown when neither the listing nor the describe said. */
  approvalStatus: Known<string>;
  status?: string;
}

export interface ModelPackageGroupAsset extends AssetBase {
  kind: "model-package-group";
  status?: string;
  /** Null: the group has no resource policy (only its own account's identities reach it). */
  resourcePolicy: Known<RegistryPolicyVerdict | null>;
  packages: Known<ModelPackageVersion[]>;
}
