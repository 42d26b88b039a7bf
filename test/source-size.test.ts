// Files in src/ stay small and named for what they do (issue 9): none over 200 lines. Counted here because
// nothing else would notice a file growing past it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { root } from "./helpers/cli.js";

const MAX_LINES = 200;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** lines as an editor numbers them: a final newline does not start another */
const lineCount = (text: string) => (text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0));

describe("source files", () => {
  test("the count is an editor's: a final newline is not a line, a missing one loses none", () => {
    expect(lineCount("a\nb\n")).toBe(2);
    expect(lineCount("a\nb")).toBe(2);
    expect(lineCount("")).toBe(0);
    expect(lineCount("x\n".repeat(MAX_LINES + 1))).toBe(MAX_LINES + 1);
  });

  test(`no file in src/ is over ${MAX_LINES} lines`, () => {
    const files = sources(join(root, "src"));
    expect(files.length).toBeGreaterThan(100);
    const over = files
      .map((f) => ({ file: f.slice(root.length), lines: lineCount(readFileSync(f, "utf8")) }))
      .filter((f) => f.lines > MAX_LINES);
    expect(over).toEqual([]);
  });
});
