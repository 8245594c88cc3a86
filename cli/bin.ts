#!/usr/bin/env node
// aiposture pins its AWS SDK versions with the lockfile and supports Node 20; the SDK's notice about future
// releases needing Node 22 is for maintainers (see README), not for every scan's stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const { tuneHeapForScans } = await import("./heap.js");
tuneHeapForScans();
const { main, STILL_RUNNING } = await import("./main.js");

const code = await main(process.argv);
// process.exit() does not wait for a piped stdout to drain: a large JSON report would be cut off. The callback of
// an empty write runs once everything written before it has been handed to the OS.
if (code !== STILL_RUNNING) process.stdout.write("", () => process.exit(code));
