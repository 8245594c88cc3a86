import { defineFramework } from "../framework.js";

const SRC = "CIS Microsoft Azure Foundations Benchmark v2.0.0, section 3 (Storage Accounts)";

// Only the sections our checks evidence. The benchmark text is licensed by CIS; the recommendation numbers
// and titles below are from v2.0.0 and must be re-checked when the benchmark is revised.
export default defineFramework({
  id: "cis-azure",
  name: "CIS Microsoft Azure Foundations Benchmark (storage sections)",
  version: "2.0.0",
  url: "https://www.cisecurity.org/benchmark/azure",
  controls: [
    {
      id: "3.1",
      title: "Ensure that 'Secure transfer required' is set to 'Enabled'",
      mappings: [{ checks: ["storage.tls-only"], source: `${SRC}: 3.1` }],
    },
    {
      id: "3.2",
      title: "Ensure that 'Enable Infrastructure Encryption' for each storage account is set to 'enabled'",
      mappings: [{ checks: ["storage.infrastructure-encryption"], source: `${SRC}: 3.2` }],
    },
    {
      id: "3.7",
      title: "Ensure that 'Public access level' is disabled for storage accounts with blob containers",
      mappings: [{ checks: ["storage.public-access-prevention"], source: `${SRC}: 3.7` }],
    },
    {
      id: "3.8",
      title: "Ensure default network access rule for storage accounts is set to deny",
      mappings: [{ checks: ["storage.public-network-access"], source: `${SRC}: 3.8` }],
    },
    {
      id: "3.11",
      title: "Ensure soft delete for blobs is enabled",
      mappings: [{ checks: ["storage.soft-delete"], source: `${SRC}: 3.11` }],
    },
    {
      id: "3.12",
      title: "Ensure storage for critical data are encrypted with customer managed keys",
      mappings: [{ checks: ["storage.customer-managed-key"], source: `${SRC}: 3.12` }],
    },
    {
      id: "3.15",
      title: "Ensure the 'Minimum TLS version' for storage accounts is set to 'Version 1.2'",
      mappings: [{ checks: ["storage.min-tls-version"], source: `${SRC}: 3.15` }],
    },
  ],
});
