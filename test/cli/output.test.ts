import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { openSink } from "../../src/cli/output.js";

describe("openSink", () => {
  test("a regular file appears only on close, whole, with no temp file left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhpress-out-"));
    const path = join(dir, "x.jsonl");
    const sink = await openSink(path);
    await sink.write("a");
    expect(existsSync(path)).toBe(false);
    await sink.close();
    expect(readFileSync(path, "utf8")).toBe("a\n");
    expect(readdirSync(dir)).toEqual(["x.jsonl"]);
  });

  test("abort leaves neither the file nor a temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhpress-out-"));
    const sink = await openSink(join(dir, "y.jsonl"));
    await sink.write("a");
    await sink.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  test("/dev/null is written in place, never replaced by a rename", async () => {
    const before = statSync("/dev/null");
    const sink = await openSink("/dev/null");
    await sink.write("discarded");
    await sink.close();
    const after = statSync("/dev/null");
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
    expect(readdirSync("/dev").some((f) => f.startsWith("null.tmp-"))).toBe(false);
  });
});
