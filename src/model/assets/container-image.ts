// A private container image a model or training job runs (ECR), and what the registry knows of it: its manifest
// and its vulnerability scan's findings per package.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";

export interface ImagePackageFinding {
  /** Package name as the scanner reports it (PyPI names for Python packages). */
  package: string;
  version: string;
  /** CVE / GHSA id of the finding. */
  vulnerabilityId: string;
  /** The registry's severity label (CRITICAL, HIGH, …, UNDEFINED). */
  severity: string;
  fixedIn?: string;
  packageManager?: string;
}

export interface ImageScan {
  /** COMPLETE / ACTIVE (findings are current), IN_PROGRESS, FAILED, UNSUPPORTED_IMAGE, … */
  status: string;
  description?: string;
  completedAt?: string;
  findings: ImagePackageFinding[];
  /** Findings the registry reported without a package name (basic scanning of OS packages only names the CVE). */
  unnamed: number;
}

export interface ContainerImageAsset extends AssetBase {
  kind: "container-image";
  uri: string;
  /** ARNs of the models and training jobs that run it. */
  usedBy: string[];
  manifest: Known<{ digest?: string; mediaType?: string; configDigest?: string; layers: number }>;
  /** null: the registry has no scan of the image. */
  scan: Known<ImageScan | null>;
}
