// A scan makes garbage much faster than it keeps data: the SDK's per-call objects during collection. V8's default
// lets the heap grow to about four times what is live before a full collection, so the peak of a 10k-bucket scan
// was ~420 MB RSS for ~75 MB live. Growing by half instead keeps the peak near 255 MB at no measurable CPU cost
// (npm run bench -- --estate buckets --sizes 10000 --phases). A flag given on the command line wins.
import { setFlagsFromString } from "node:v8";

export const HEAP_GROWING_FLAG = "--heap-growing-percent=50";

export function tuneHeapForScans(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((arg) => arg.startsWith("--heap-growing-percent"))) return;
  setFlagsFromString(HEAP_GROWING_FLAG);
}
