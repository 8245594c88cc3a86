// Lint config: typescript-eslint recommended, plus the architecture's import boundary:
// core code in src/ may not import providers/ or checks/ concretely (only the CLI and Lambda wiring may).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "bin/", "deploy/cdk.out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**", "src/lambda.ts", "src/wiring/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/providers/**", "**/checks/**"],
              message: "src/ core must not import providers/ or checks/; wire them in src/wiring.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["checks/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "**/providers/**", "@aws-sdk/*", "@azure/*"],
              message: "checks are pure: no I/O, no providers.",
            },
          ],
        },
      ],
    },
  },
);
