// Shared by the tables of this folder's checks.
import { unknown } from "../../../src/model/known.js";

export const DENIED = unknown("DescribeNotebookInstance failed: AccessDeniedException");
