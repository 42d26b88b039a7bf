// The build's last step (scripts/bundle-cli.mjs) bundles the executable and the pool worker's entry: each
// starts by importing a few shared chunks, not tsc's ~250 modules. Read from the build npm test makes first.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { buildIsFresh, root } from "../helpers/cli.js";

/** the module specifiers an ES module's source imports statically */
const importsIn = (source: string): string[] => [...source.matchAll(/^import\s[^"';]*"(?<spec>[^"]+)";/gm)].map((m) => m.groups!.spec);
const importsOf = (file: string) => importsIn(readFileSync(`${root}dist/src/cli/${file}`, "utf8"));

describe.skipIf(!buildIsFresh())("the built entry points", () => {
  test.each(["index.js", "worker-entry.js"])("%s imports only bundle chunks, node: modules and packages", (file) => {
    const specs = importsOf(file);
    expect(specs.some((s) => /^\.\/bundle-[A-Z0-9]+\.js$/.test(s))).toBe(true);
    expect(specs.filter((s) => s.startsWith(".") && !/^\.\/bundle-[A-Z0-9]+\.js$/.test(s))).toEqual([]);
  });

  test("the reading of imports finds tsc-style relative imports, which an unbundled entry has", () => {
    const source = 'import { a } from "../input/index.js";\nimport "./bundle-AB12.js";\nimport x from "node:fs";\n';
    expect(importsIn(source)).toEqual(["../input/index.js", "./bundle-AB12.js", "node:fs"]);
  });
});
