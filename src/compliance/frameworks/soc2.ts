import { defineFramework } from "../framework.js";

// The Trust Services Criteria (2017, revised points of focus 2022) that configuration evidences, and the
// neighbouring criteria it cannot (shown as not covered).
export default defineFramework({
  id: "soc2",
  name: "SOC 2 Trust Services Criteria",
  version: "2017 (rev. 2022)",
  url: "https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022",
  checkMapKey: "soc2",
  mappingSource: "each check's compliance map (checks/compliance.ts: shared control families per question)",
  controls: [
    { id: "CC6.1", title: "Logical access security software, infrastructure and architectures" },
    { id: "CC6.2", title: "Registration and authorization of users before access is granted" },
    { id: "CC6.3", title: "Role-based access, least privilege and segregation of duties" },
    { id: "CC6.4", title: "Physical access to facilities and protected information assets" },
    { id: "CC6.5", title: "Disposal of protected information assets" },
    { id: "CC6.6", title: "Logical access security measures against threats from outside system boundaries" },
    { id: "CC6.7", title: "Restricts the transmission, movement and removal of information" },
    { id: "CC6.8", title: "Prevents or detects unauthorized or malicious software" },
    { id: "CC7.1", title: "Detection of configuration changes and newly discovered vulnerabilities" },
    { id: "CC7.2", title: "Monitors system components for anomalies indicative of malicious acts" },
    { id: "CC7.3", title: "Evaluates security events to determine whether they are incidents" },
    { id: "CC7.4", title: "Responds to identified security incidents" },
    { id: "CC7.5", title: "Recovers from identified security incidents" },
    { id: "CC8.1", title: "Authorizes, designs, develops, tests and implements changes" },
    { id: "C1.1", title: "Identifies and maintains confidential information" },
    { id: "CC9.2", title: "Assesses and manages risks associated with vendors and business partners" },
    { id: "A1.1", title: "Maintains and monitors processing capacity" },
    { id: "A1.2", title: "Environmental protections, software, data backup and recovery infrastructure" },
    { id: "A1.3", title: "Tests recovery plan procedures" },
  ],
});
