// Assets shared by the tables in this folder.
import { unknown } from "../../../src/model/known.js";

export const PUBLIC = {
  public: true,
  reasons: ["public network access is enabled and the firewall's default action is Allow"],
};

export const RESTRICTED = {
  public: false,
  reasons: ["public network access is enabled but the firewall denies by default, admitting 1 IP rule(s)"],
};

export const LISTED_DENIED = unknown("Accounts_List failed: AuthorizationFailed");
