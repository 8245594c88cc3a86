// npm run docs: regenerate docs/reference.md from the catalogue and the operations lists, docs/coverage.md from the
// benchmark files, the README's CLI tables from the commander definitions, and docs/lambda.md's routing table from
// the service manifests' CloudTrail routes.
import { readFileSync, writeFileSync } from "node:fs";
import { withCliDocs } from "../cli/program/markdown.js";
import { coverageMarkdown } from "../src/compliance/coverage.js";
import { format, resolveConfig } from "prettier";
import { fileURLToPath } from "node:url";
import { replaceRegion } from "../wiring/doc-region.js";
import { azureRole, CHECKS } from "../wiring/registry.js";
import { referenceMarkdown } from "../wiring/reference.js";
import { routesTableMarkdown } from "../runtimes/aws-lambda/routes-doc.js";

writeFileSync(new URL("../docs/reference.md", import.meta.url), referenceMarkdown());
console.log("docs/reference.md written");
writeFileSync(new URL("../docs/coverage.md", import.meta.url), coverageMarkdown(CHECKS));
console.log("docs/coverage.md written");
const readme = new URL("../README.md", import.meta.url);
writeFileSync(readme, withCliDocs(readFileSync(readme, "utf8")));
console.log("README.md CLI tables written");
const azureDoc = new URL("../docs/azure.md", import.meta.url);
const role = await format(JSON.stringify(azureRole()), { parser: "json" });
writeFileSync(
  azureDoc,
  replaceRegion(readFileSync(azureDoc, "utf8"), "azure-role", "```json\n" + role + "```"),
);
console.log("docs/azure.md custom role written");
const lambdaDoc = new URL("../docs/lambda.md", import.meta.url);
const withRoutes = replaceRegion(readFileSync(lambdaDoc, "utf8"), "cloudtrail-routes", routesTableMarkdown());
writeFileSync(
  lambdaDoc,
  await format(withRoutes, { ...(await resolveConfig(fileURLToPath(lambdaDoc))), parser: "markdown" }),
);
console.log("docs/lambda.md routing table written");
