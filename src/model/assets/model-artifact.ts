// A model artifact read from storage (a SageMaker model.tar.gz, a Bedrock import's files) and what its
// serialization would do when loaded: the scanner's verdict per file inside it.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";
import type { Severity } from "../severity.js";

export type ArtifactFileRisk =
  | "dangerous-import"
  | "import-outside-allow-list"
  | "keras-code"
  | "plain-pickle"
  | "safe-format"
  | "unreadable";

export interface ArtifactFile {
  /** Path through the archives: "model.tar.gz!model/pytorch_model.bin!archive/data.pkl". */
  path: string;
  format: string;
  risk: ArtifactFileRisk;
  severity?: Severity;
  detail: string;
  imports?: Array<{ module: string; name: string; verdict: string; opcode?: string; offset?: number }>;
}

export interface ArtifactScanVerdict {
  files: ArtifactFile[];
  /** The object was read to its end and every file in it judged. */
  complete: boolean;
  /** Why not, when not: a size cap, a file that could not be read, an archive cut short. */
  gaps: string[];
  /** Object size from S3, when a read returned it. */
  size?: number;
  /** Bytes fetched from storage. */
  bytesFetched: number;
}

export interface ModelArtifactAsset extends AssetBase {
  kind: "model-artifact";
  /** s3://bucket/key */
  uri: string;
  /** ARNs of the models that load it (also `artifact-of` relations). */
  loadedBy: string[];
  scan: Known<ArtifactScanVerdict>;
}
