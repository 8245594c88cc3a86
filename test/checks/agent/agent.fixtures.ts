// Shared by the tables of this folder's checks.
import { unknown } from "../../../src/model/known.js";

export const denied = unknown("GetAgent failed: AccessDeniedException");
