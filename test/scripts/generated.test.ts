// The committed generated files (places, script gate, schemas) are brought up to date by one helper: written only
// when their content changed; with --check nothing is written and each stale file is named.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { afterAll, describe, expect, test, vi } from "vitest";
import { repoPath, syncGenerated } from "../../scripts/generated.js";

const DIR = "node_modules/.cache/zhpress-generated-test";
const FILE = `${DIR}/sub/a.txt`;
afterAll(() => rmSync(repoPath(DIR), { recursive: true, force: true }));

describe("syncGenerated", () => {
  test("--check names a missing or stale file, writes nothing and exits 1; in step it exits 0", () => {
    rmSync(repoPath(DIR), { recursive: true, force: true });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(syncGenerated({ [FILE]: "one\n" }, "npm run x", true)).toBe(1);
      expect(error).toHaveBeenCalledWith(`${FILE} is stale: run npm run x`);
      expect(existsSync(repoPath(FILE))).toBe(false);
    } finally {
      error.mockRestore();
    }
  });

  test("writes a changed file (making its folder), leaves an unchanged one alone", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(syncGenerated({ [FILE]: "one\n" }, "npm run x", false)).toBe(0);
      expect(readFileSync(repoPath(FILE), "utf8")).toBe("one\n");
      expect(log).toHaveBeenCalledWith(`wrote ${FILE}`);
      log.mockClear();
      expect(syncGenerated({ [FILE]: "one\n" }, "npm run x", false)).toBe(0);
      expect(syncGenerated({ [FILE]: "one\n" }, "npm run x", true)).toBe(0);
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});
