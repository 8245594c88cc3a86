// Assets shared by the tables in this folder.
import { unknown } from "../../../src/model/known.js";

export const DENIED = unknown("DescribeModel failed: AccessDeniedException");
