// The layers, enforced: model ← engine/report/merge/history (src/) ← checks, providers ← wiring ← cli, runtimes.
// Type-only imports count (tsPreCompilationDeps), so a cycle through `import type` fails too. The emulator
// (mocks/) is loaded by the CLI and tests through dynamic import() only, so the scanning path never loads it.
/** @type {import('dependency-cruiser').IConfiguration} */
const upper = (...dirs) => ({ path: `^(${dirs.join("|")})/` });

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "model-is-the-base",
      comment: "src/model is the vocabulary every layer shares; it imports nothing above it.",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^(src/(?!model/)|providers|checks|wiring|cli|runtimes|mocks)" },
    },
    {
      name: "core-knows-no-cloud",
      comment:
        "src/ (model, engine, report, merge, history, suppressions) imports no provider, check, runtime or emulator.",
      severity: "error",
      from: { path: "^src/" },
      to: upper("providers", "checks", "wiring", "cli", "runtimes", "mocks"),
    },
    {
      name: "checks-are-pure",
      comment: "A check sees assets only: no provider, engine, runtime or emulator code.",
      severity: "error",
      from: { path: "^checks/" },
      to: { path: "^(providers|wiring|cli|runtimes|mocks|src/(engine|report|history|merge|suppressions))/" },
    },
    {
      name: "providers-below-composition",
      severity: "error",
      from: { path: "^providers/" },
      to: upper("checks", "wiring", "cli", "runtimes"),
    },
    {
      name: "providers-load-the-emulator-lazily",
      comment: "A service's emulator handlers are reached through its manifest's lazy loader only.",
      severity: "error",
      from: { path: "^providers/", pathNot: "^providers/[^/]+/[^/]+/emulator" },
      to: {
        path: "^(mocks/|providers/[^/]+/[^/]+/emulator)",
        dependencyTypesNot: ["dynamic-import", "type-only"],
      },
    },
    {
      name: "wiring-below-roots",
      severity: "error",
      from: { path: "^wiring/" },
      to: upper("cli", "runtimes"),
    },
    {
      name: "roots-load-the-emulator-lazily",
      severity: "error",
      from: { path: "^(wiring|cli|runtimes)/" },
      to: {
        path: "^(mocks/|providers/[^/]+/[^/]+/emulator)",
        dependencyTypesNot: ["dynamic-import", "type-only"],
      },
    },
    {
      name: "runtimes-and-cli-are-separate-roots",
      severity: "error",
      from: { path: "^runtimes/" },
      to: upper("cli"),
    },
    {
      name: "emulator-below-composition",
      severity: "error",
      from: { path: "^mocks/" },
      to: upper("checks", "wiring", "cli", "runtimes"),
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist|deploy/cdk.out)" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
