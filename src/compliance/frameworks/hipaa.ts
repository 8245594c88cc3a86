import { defineFramework } from "../framework.js";

// The Security Rule's administrative (164.308) and technical (164.312) safeguards that a configuration scan
// can speak to, and their neighbours it cannot (listed, shown as not covered). Titles from 45 CFR Part 164
// Subpart C.
export default defineFramework({
  id: "hipaa",
  name: "HIPAA Security Rule (45 CFR Part 164, Subpart C)",
  version: "2013",
  url: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C",
  checkMapKey: "hipaa",
  mappingSource: "each check's compliance map (checks/compliance.ts: shared control families per question)",
  controls: [
    { id: "164.308(a)(1)(ii)(A)", title: "Risk analysis" },
    { id: "164.308(a)(1)(ii)(B)", title: "Risk management" },
    { id: "164.308(a)(1)(ii)(D)", title: "Information system activity review" },
    { id: "164.308(a)(3)(ii)(A)", title: "Authorization and/or supervision" },
    { id: "164.308(a)(4)(ii)(B)", title: "Access authorization" },
    { id: "164.308(a)(5)(ii)(B)", title: "Protection from malicious software" },
    { id: "164.308(a)(5)(ii)(C)", title: "Log-in monitoring" },
    { id: "164.308(a)(5)(ii)(D)", title: "Password management" },
    { id: "164.308(a)(6)(ii)", title: "Response and reporting" },
    { id: "164.308(a)(7)(ii)(A)", title: "Data backup plan" },
    { id: "164.308(a)(7)(ii)(B)", title: "Disaster recovery plan" },
    { id: "164.308(a)(7)(ii)(C)", title: "Emergency mode operation plan" },
    { id: "164.310(d)(1)", title: "Device and media controls" },
    { id: "164.312(a)(1)", title: "Access control" },
    { id: "164.312(a)(2)(i)", title: "Unique user identification" },
    { id: "164.312(a)(2)(iv)", title: "Encryption and decryption" },
    { id: "164.312(b)", title: "Audit controls" },
    { id: "164.312(c)(1)", title: "Integrity" },
    { id: "164.312(c)(2)", title: "Mechanism to authenticate electronic protected health information" },
    { id: "164.312(d)", title: "Person or entity authentication" },
    { id: "164.312(e)(1)", title: "Transmission security" },
    { id: "164.312(e)(2)(i)", title: "Integrity controls" },
    { id: "164.312(e)(2)(ii)", title: "Encryption" },
  ],
});
