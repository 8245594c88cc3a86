// `node --import` this file to record every module the process loads into $TRACE_IMPORTS_FILE, one per line: ES
// modules through a loader hook, CommonJS modules through Module._load (which loader hooks do not see on Node 20).
import { appendFileSync } from "node:fs";
import process from "node:process";
import Module, { register } from "node:module";

const file = process.env.TRACE_IMPORTS_FILE;
if (file) {
  register("./hooks.mjs", import.meta.url);
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    appendFileSync(file, `require ${request} from ${parent?.filename ?? "?"}\n`);
    return load.call(this, request, parent, isMain);
  };
}
