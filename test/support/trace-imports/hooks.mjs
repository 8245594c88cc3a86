// Loader hooks (they run off the main thread): each ES module's URL, as it is loaded.
import { appendFileSync } from "node:fs";
import process from "node:process";

export async function load(url, context, next) {
  appendFileSync(process.env.TRACE_IMPORTS_FILE, `import ${url}\n`);
  return next(url, context);
}
