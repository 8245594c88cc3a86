// Assets shared by the tables in this folder.
import { unknown } from "../../../src/model/known.js";

export const DENIED = unknown("DescribeTrainingJob failed: AccessDeniedException");

export const CLEAR = { enabled: false, detail: "EnableInterContainerTrafficEncryption is off" };
