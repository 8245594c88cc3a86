// Shared by the tables of this folder's checks.

export const publicAccess = (what: string) => ({
  public: true,
  policies: ["open"],
  vpcEndpoints: [],
  services: [],
  detail: `${what} allows access from the public internet (network policy "open")`,
});
