// Lint config: typescript-eslint recommended, and checks kept pure (no I/O, no SDKs). The layers between folders
// and the ban on import cycles are dependency-cruiser's job (.dependency-cruiser.cjs, run by `npm run lint`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "bin/", "deploy/cdk.out/", ".dependency-cruiser.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
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
