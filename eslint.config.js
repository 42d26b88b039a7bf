// ESLint runs for one purpose: eslint-plugin-regexp checks every regex literal for super-linear
// backtracking (ReDoS) and for mistakes that make a pattern match other than what it says.
// Patterns built with `new RegExp(string)` are not analysed here: test/reliability/redos.test.ts
// checks those with recheck by importing the modules.
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default [
  {
    ignores: ["dist/**", "node_modules/**", "out/**", ".bench/**", ".realpages/**", "corpus/**", "schemas/**"],
  },
  {
    files: ["**/*.ts", "**/*.js"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
];
