import type { CheckCompliance } from "../../compliance/view.js";
import type { BomAsset } from "../inventory.js";

/** What a format may use beyond the report itself. Everything is optional: the report alone renders. */
export interface RenderContext {
  /** The scan's AI assets and their relations (HTML asset pages and graph). */
  assets?: readonly BomAsset[];
  /** Every check run, with its compliance map, so the compliance view shows controls no finding touched. */
  catalogue?: readonly CheckCompliance[];
  /** Table: terminal columns; whole ids and messages when wide. */
  width?: number;
  wide?: boolean;
  color?: boolean;
  showPass?: boolean;
}
