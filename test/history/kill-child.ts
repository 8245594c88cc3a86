// A history writer to be killed: records runs into the file given, one after another, printing "committed <id>"
// after each commit, until killed or `runs` are done. Each run's report differs (findings open, persist and
// resolve), so every table is written in every transaction. Bundled and run by crash-safety.test.ts.
import { openHistoryRecorder } from "../../src/history/index.js";
import { finding, report } from "./fixtures.js";

const [file = "", runsArg = "1000000", writer = "0"] = process.argv.slice(2);
const runs = Number(runsArg);
const checks = ["storage.public-read", "storage.tls-only", "storage.versioning", "storage.logging"];

let clock = Date.UTC(2025, 0, 1) + Number(writer) * 1000;
const now = () => new Date(clock);
process.stdout.write("ready\n");
for (let i = 0; i < runs; i++) {
  clock += 3_600_000;
  // 600 findings, a rotating third of them failing: each run opens, keeps and resolves some.
  const findings = Array.from({ length: 600 }, (_, n) =>
    finding(checks[n % checks.length]!, `bucket-${n}`, (n + i) % 3 === 0 ? "fail" : "pass", "high"),
  );
  const recorder = openHistoryRecorder(file, now, "kill-test");
  try {
    const out = recorder.record(report(now().toISOString(), findings), {
      providers: ["aws"],
      checkIds: checks,
      catalogue: checks,
    });
    process.stdout.write(`committed ${out.history?.runId ?? "?"}\n`);
  } finally {
    recorder.close();
  }
}
