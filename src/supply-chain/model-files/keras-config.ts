// Keras model configs (config.json in a .keras archive, model_config in an .h5 file) name every layer's class.
// A Lambda layer carries marshalled Python bytecode that runs when the model is built, and an object from a module
// outside Keras is imported and constructed on load: both run code from the file.
import { judgeImport } from "./pickle-policy.js";

export interface KerasConfigScan {
  lambdas: string[];
  /** module.class_name pairs from outside Keras; `dangerous` when the import policy knows them to run code. */
  foreign: Array<{ module: string; className: string; dangerous: boolean }>;
  truncated?: string;
}

const KERAS_MODULES = /^(keras|tf_keras|tensorflow\.keras|keras_nlp|keras_hub|keras_cv)(\.|$)/;

export function scanKerasConfig(config: unknown, maxNodes = 1_000_000): KerasConfigScan {
  const out: KerasConfigScan = { lambdas: [], foreign: [] };
  const pending: unknown[] = [config];
  let visited = 0;
  while (pending.length > 0) {
    if (++visited > maxNodes) {
      out.truncated = `more than ${maxNodes} config nodes`;
      break;
    }
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const record = node as Record<string, unknown>;
    const className = typeof record["class_name"] === "string" ? record["class_name"] : undefined;
    if (className === "Lambda") out.lambdas.push(layerName(record));
    const module = record["module"];
    if (className && typeof module === "string" && module !== "builtins" && !KERAS_MODULES.test(module))
      out.foreign.push({ module, className, dangerous: judgeImport(module, className) === "dangerous" });
    pending.push(...Object.values(record));
  }
  return out;
}

function layerName(record: Record<string, unknown>): string {
  const config = record["config"];
  const name = config && typeof config === "object" ? (config as Record<string, unknown>)["name"] : undefined;
  return typeof name === "string" ? name : "(unnamed)";
}

/** HDF5 keeps model_config as a JSON string attribute; finding the Lambda class name in the bytes is enough. */
export function h5HasLambda(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return ['"class_name": "Lambda"', '"class_name":"Lambda"'].some((needle) =>
    buffer.includes(needle, 0, "latin1"),
  );
}
