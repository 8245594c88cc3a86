// The check catalogue on its own: pure code, so `aiposture checks` lists it without loading any provider.
import { ALL_CHECKS } from "../checks/index.js";

export const CHECKS = ALL_CHECKS;
