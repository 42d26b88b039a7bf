// Folders that show the stages (issue 9): every folder of src/ has an index whose header comment says what the
// folder takes and gives ("X → Y" or "X: … → …"), so a newcomer can read the pipeline from the folder names.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { describe, expect, test } from "vitest";

const SRC = new URL("../src/", import.meta.url);
const folders = readdirSync(SRC, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** the index's first comment line (after a shebang) */
function header(folder: string): string | null {
  const path = new URL(`${folder}/index.ts`, SRC);
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#!"));
  return lines[0]?.startsWith("// ") ? lines[0] : null;
}

describe("every src folder's index says what it takes and gives", () => {
  test("the stage folders are there", () => {
    for (const stage of ["input", "decode", "page", "normalize", "context", "extract", "validate", "merge", "check"])
      expect(folders).toContain(stage);
  });

  test.each(folders)("src/%s/index.ts", (folder) => {
    const line = header(folder);
    expect(line, `src/${folder}/index.ts has no header comment`).not.toBeNull();
    // the cli's header names the one exit instead of an arrow
    if (folder !== "cli") expect(line).toMatch(/→/u);
  });
});
