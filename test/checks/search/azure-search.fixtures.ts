// Assets shared by the tables in this folder.

export const PUBLIC = { public: true, reasons: ["public network access is enabled with no IP rule"] };

// Shared checks, read for Azure: a public AI Search endpoint still needs an API key or an Entra ID token.
export const API_KEYS_ONLY = {
  fineGrainedAccessControl: false,
  internalUserDatabase: false,
  anonymousAuth: false,
  identityProviders: ["api-key"],
  detail: "API keys only (the default)",
};
