// ESLint runs for one purpose: eslint-plugin-regexp checks every regex literal (and every `new RegExp` whose
// source it can resolve) for super-linear backtracking (ReDoS) and for mistakes that make a pattern match other
// than what it says. Patterns it cannot resolve are checked by recheck in test/reliability/redos.test.ts.
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

const correctness = {
  "regexp/no-super-linear-backtracking": "error",
  "regexp/no-super-linear-move": "error",
  "regexp/no-dupe-disjunctions": "error",
  "regexp/no-empty-alternative": "error",
  "regexp/no-empty-capturing-group": "error",
  "regexp/no-empty-character-class": "error",
  "regexp/no-empty-group": "error",
  "regexp/no-empty-lookarounds-assertion": "error",
  "regexp/no-escape-backspace": "error",
  "regexp/no-invalid-regexp": "error",
  "regexp/no-lazy-ends": "error",
  "regexp/no-misleading-capturing-group": "error",
  "regexp/no-misleading-unicode-character": "error",
  "regexp/no-optional-assertion": "error",
  "regexp/no-potentially-useless-backreference": "error",
  "regexp/no-useless-assertions": "error",
  "regexp/no-useless-backreference": "error",
  "regexp/no-useless-dollar-replacements": "error",
  "regexp/strict": "off",
};

export default [
  { ignores: ["dist/**", "node_modules/**", "out/**", ".bench/**", ".realpages/**", "corpus/**", "schemas/**"] },
  {
    files: ["**/*.ts", "**/*.js"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { regexp },
    rules: correctness,
  },
  {
    // benchmarks and tests run on inputs they generate themselves, never on pages: a quadratic regex there is
    // at worst a slow benchmark; the other rules still apply
    files: ["scripts/bench/**", "test/**"],
    rules: { "regexp/no-super-linear-move": "off" },
  },
];
