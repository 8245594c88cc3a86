// Assets shared by the tables in this folder.
import { unknown } from "../../../src/model/known.js";

export const denied = unknown("GetAgent failed: AccessDeniedException");
