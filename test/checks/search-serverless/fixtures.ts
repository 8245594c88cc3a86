// Assets shared by the tables in this folder.

export const publicAccess = (what: string) => ({
  public: true,
  policies: ["open"],
  vpcEndpoints: [],
  services: [],
  detail: `${what} allows access from the public internet (network policy "open")`,
});
