// Control families shared by checks that answer the same question on any cloud. Keeping them here means a
// public-exposure check on S3 and on Azure Blob map to exactly the same controls.
import type { ComplianceMap } from "../src/model/check.js";

export const PUBLIC_ACCESS: ComplianceMap = {
  "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
  hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
  gdpr: ["Art. 25(2)", "Art. 32(1)(b)"],
  soc2: ["CC6.1", "CC6.6"],
};

export const PUBLIC_WRITE: ComplianceMap = {
  "nist-800-53-r5": ["AC-3", "AC-6", "SI-7", "SC-7"],
  hipaa: ["164.312(a)(1)", "164.312(c)(1)"],
  gdpr: ["Art. 32(1)(b)"],
  soc2: ["CC6.1", "CC6.6", "CC8.1"],
};

export const ENCRYPTION_AT_REST: ComplianceMap = {
  "nist-800-53-r5": ["SC-28", "SC-28(1)"],
  hipaa: ["164.312(a)(2)(iv)"],
  gdpr: ["Art. 32(1)(a)"],
  soc2: ["CC6.1"],
};

export const CUSTOMER_MANAGED_KEYS: ComplianceMap = {
  "nist-800-53-r5": ["SC-12", "SC-28(1)"],
  hipaa: ["164.312(a)(2)(iv)"],
  gdpr: ["Art. 32(1)(a)"],
  soc2: ["CC6.1"],
};

export const ENCRYPTION_IN_TRANSIT: ComplianceMap = {
  "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
  hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  gdpr: ["Art. 32(1)(a)"],
  soc2: ["CC6.7"],
};

export const AUDIT_LOGGING: ComplianceMap = {
  "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
  hipaa: ["164.312(b)"],
  gdpr: ["Art. 30", "Art. 33"],
  soc2: ["CC7.2"],
};

export const RECOVERY: ComplianceMap = {
  "nist-800-53-r5": ["CP-9", "CP-10", "SI-7"],
  hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"],
  gdpr: ["Art. 32(1)(c)"],
  soc2: ["A1.2", "CC7.5"],
};

// Filtering what goes into and comes out of a model: guardrails against prompt injection, jailbreaks and
// harmful or sensitive output (Bedrock guardrails, Azure content filters / prompt shields).
export const AI_INPUT_OUTPUT_FILTERING: ComplianceMap = {
  "nist-800-53-r5": ["SI-10", "SI-15", "AC-4"],
  hipaa: ["164.308(a)(1)(ii)(B)", "164.312(a)(1)"],
  gdpr: ["Art. 25(1)", "Art. 32(1)(b)"],
  soc2: ["CC6.8", "CC7.1"],
};

// Continuous threat detection on the scope that holds the data (GuardDuty, Defender for Cloud plans).
export const THREAT_DETECTION: ComplianceMap = {
  "nist-800-53-r5": ["SI-4", "SI-4(2)", "IR-4", "RA-10"],
  hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"],
  gdpr: ["Art. 32(1)(d)", "Art. 33"],
  soc2: ["CC7.2", "CC7.3"],
};

// Knowing where sensitive data is: categorising stores by what they hold (Macie sensitive data discovery).
export const DATA_DISCOVERY: ComplianceMap = {
  "nist-800-53-r5": ["RA-2", "CM-12"],
  hipaa: ["164.308(a)(1)(ii)(A)"],
  gdpr: ["Art. 30", "Art. 32(1)(d)"],
  soc2: ["C1.1"],
};

// Authorization inside a data store, per index / document / role (OpenSearch fine-grained access control).
export const ACCESS_CONTROL: ComplianceMap = {
  "nist-800-53-r5": ["AC-3", "AC-6", "AC-24"],
  hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
  gdpr: ["Art. 25(2)", "Art. 32(1)(b)"],
  soc2: ["CC6.1", "CC6.3"],
};

// People and services authenticate through the organization's identity provider, not local passwords.
export const AUTHENTICATION: ComplianceMap = {
  "nist-800-53-r5": ["IA-2", "IA-2(1)", "IA-5", "AC-2"],
  hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"],
  gdpr: ["Art. 32(1)(b)"],
  soc2: ["CC6.1", "CC6.2"],
};

// Service error / application logs kept for detecting and diagnosing failures and attacks.
export const OPERATIONAL_LOGGING: ComplianceMap = {
  "nist-800-53-r5": ["AU-12", "SI-4", "SI-11"],
  hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"],
  gdpr: ["Art. 32(1)(d)"],
  soc2: ["CC7.2", "CC7.3"],
};

// Managed-service software kept at the provider's current (security-fixed) release.
export const PATCH_MANAGEMENT: ComplianceMap = {
  "nist-800-53-r5": ["SI-2", "SI-2(2)", "CM-3"],
  hipaa: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)"],
  gdpr: ["Art. 32(1)(b)", "Art. 32(1)(d)"],
  soc2: ["CC7.1", "CC8.1"],
};

// ML compute confined to the customer's network, or cut off from it (VPC placement, network isolation).
export const NETWORK_ISOLATION: ComplianceMap = {
  "nist-800-53-r5": ["SC-7", "SC-7(5)", "AC-4"],
  hipaa: ["164.312(a)(1)", "164.312(e)(1)"],
  gdpr: ["Art. 25(1)", "Art. 32(1)(b)"],
  soc2: ["CC6.1", "CC6.6"],
};

export const LEAST_PRIVILEGE: ComplianceMap = {
  "nist-800-53-r5": ["AC-6", "AC-6(1)", "CM-7"],
  hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
  gdpr: ["Art. 25(2)", "Art. 32(1)(b)"],
  soc2: ["CC6.1", "CC6.3"],
};

// Known-vulnerable open-source components (ML frameworks in model containers).
export const VULNERABILITY_MANAGEMENT: ComplianceMap = {
  "nist-800-53-r5": ["SI-2", "RA-5", "SR-3"],
  hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"],
  gdpr: ["Art. 32(1)(b)", "Art. 32(1)(d)"],
  soc2: ["CC7.1", "CC8.1"],
};

export const AVAILABILITY: ComplianceMap = {
  "nist-800-53-r5": ["CP-2", "SC-36"],
  hipaa: ["164.308(a)(7)(ii)(C)"],
  gdpr: ["Art. 32(1)(b)"],
  soc2: ["A1.1", "A1.2"],
};

// Private endpoints resolve through private DNS: names of private services answer with private addresses.
export const PRIVATE_NAME_RESOLUTION: ComplianceMap = {
  "nist-800-53-r5": ["SC-7", "SC-22", "AC-4"],
  hipaa: ["164.312(e)(1)"],
  gdpr: ["Art. 32(1)(b)"],
  soc2: ["CC6.6"],
};

// Only models the organization approved are deployed (an allow list of models and the registries they come from).
export const MODEL_PROVENANCE: ComplianceMap = {
  "nist-800-53-r5": ["CM-7(5)", "SR-3", "SR-5", "SA-9"],
  hipaa: ["164.308(a)(1)(ii)(B)", "164.312(c)(1)"],
  gdpr: ["Art. 25(1)", "Art. 32(1)(b)"],
  soc2: ["CC8.1", "CC9.2"],
};
