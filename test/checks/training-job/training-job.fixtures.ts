// Shared by the tables of this folder's checks.
import { unknown } from "../../../src/model/known.js";

export const DENIED = unknown("DescribeTrainingJob failed: AccessDeniedException");

export const CLEAR = { enabled: false, detail: "EnableInterContainerTrafficEncryption is off" };
