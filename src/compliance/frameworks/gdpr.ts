import { defineFramework } from "../framework.js";

// The articles on security of processing that technical configuration evidences. Titles from Regulation
// (EU) 2016/679.
export default defineFramework({
  id: "gdpr",
  name: "GDPR (Regulation (EU) 2016/679)",
  version: "2016/679",
  url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  checkMapKey: "gdpr",
  mappingSource: "each check's compliance map (checks/compliance.ts: shared control families per question)",
  controls: [
    { id: "Art. 5(1)(f)", title: "Integrity and confidentiality (principle)" },
    { id: "Art. 25(1)", title: "Data protection by design" },
    { id: "Art. 25(2)", title: "Data protection by default" },
    { id: "Art. 30", title: "Records of processing activities" },
    {
      id: "Art. 32(1)(a)",
      title: "Security of processing: pseudonymisation and encryption of personal data",
    },
    {
      id: "Art. 32(1)(b)",
      title: "Security of processing: ongoing confidentiality, integrity, availability and resilience",
    },
    {
      id: "Art. 32(1)(c)",
      title: "Security of processing: restore availability and access in a timely manner",
    },
    { id: "Art. 32(1)(d)", title: "Security of processing: regularly testing and evaluating effectiveness" },
    { id: "Art. 33", title: "Notification of a personal data breach to the supervisory authority" },
    { id: "Art. 35", title: "Data protection impact assessment" },
  ],
});
