// Assets shared by the tables in this folder.
import type { SearchAuthentication } from "../../../src/model/assets/search.js";

export const auth = (over: Partial<SearchAuthentication>): SearchAuthentication => ({
  fineGrainedAccessControl: true,
  internalUserDatabase: false,
  anonymousAuth: false,
  identityProviders: ["iam"],
  detail: "fine-grained access control on",
  ...over,
});
