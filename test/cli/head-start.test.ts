// `extract` and `run` start the segmenter's dictionary build before the executable loads the rest of itself
// (src/cli/head-start.ts). Observed, never timed: a preload records, in order, the first call to
// nodejieba.loadInBackground and the first load of commander (which only the rest of the program imports).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { readsPages } from "../../src/cli/head-start.js";
import { cliEntry, runNode } from "../helpers/cli.js";

describe("readsPages", () => {
  test.each([
    [["extract", "page.html"]],
    [["extract", "-", "--quiet"]],
    [["run", "corpus", "--out", "out"]],
    [["--quiet", "extract", "a.txt"]],
    [["worker", "--db", "postgres://localhost/zhpress"]],
  ])("%j reads pages", (argv) => expect(readsPages(argv)).toBe(true));

  test.each([
    [[]],
    [["merge", "docs.jsonl"]],
    [["serve", "--db", "x.db"]],
    [["check", "dataset"]],
    [["export", "x.db", "--format", "csv"]],
    [["extract", "--help"]],
    [["run", "-h"]],
    [["--version"]],
    [["extracts", "a.txt"]],
    [["enqueue", "urls.txt", "--db", "postgres://localhost/zhpress"]],
    [["status", "--db", "postgres://localhost/zhpress"]],
  ])("%j does not", (argv) => expect(readsPages(argv)).toBe(false));
});

const scratch = mkdtempSync(join(tmpdir(), "zhpress-head-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// CommonJS packages load through Module._load, also when imported from an ES module
const PRELOAD = `
const Module = require("node:module");
const load = Module._load;
const seen = [];
const note = (what) => { if (!seen.includes(what)) seen.push(what); };
Module._load = function (request, ...rest) {
  const m = load.call(this, request, ...rest);
  if (/[\\\\/]commander[\\\\/]/.test(request) || request === "commander") note("commander");
  if ((/[\\\\/]nodejieba[\\\\/]index\\.js$/.test(request) || request === "nodejieba") && !m.__noted) {
    const start = m.loadInBackground;
    m.loadInBackground = function (...args) { note("loadInBackground"); return start.apply(this, args); };
    m.__noted = true;
  }
  return m;
};
process.on("exit", () => process.stderr.write("SEEN " + JSON.stringify(seen) + "\\n"));
`;

async function seen(args: string[]): Promise<{ seen: string[]; code: number | null }> {
  const preload = join(scratch, "preload.cjs");
  writeFileSync(preload, PRELOAD);
  const r = await runNode(["--require", preload, ...cliEntry(), ...args]);
  const line = r.stderr.split("\n").find((l) => l.startsWith("SEEN "));
  expect(line, r.stderr).toBeDefined();
  return { seen: JSON.parse(line!.slice(5)) as string[], code: r.code };
}

describe("the executable", () => {
  test("extract starts the build before it loads the rest of the program", async () => {
    const got = await seen(["extract", "corpus/articles/01-2021-first-period.txt", "--quiet", "--out", join(scratch, "a.jsonl")]);
    expect(got.seen.slice(0, 2)).toEqual(["loadInBackground", "commander"]);
    expect(got.code).toBe(0);
  }, 60_000);

  test("run starts it too, even when no input can be read (and still exits with its error)", async () => {
    const got = await seen(["run", join(scratch, "missing"), "--out", join(scratch, "out"), "--quiet"]);
    expect(got.seen[0]).toBe("loadInBackground");
    expect(got.code).not.toBe(0);
  }, 60_000);

  test("merge never starts it", async () => {
    const docs = join(scratch, "none.jsonl");
    writeFileSync(docs, "");
    const got = await seen(["merge", docs]);
    expect(got.seen).toContain("commander");
    expect(got.seen).not.toContain("loadInBackground");
  }, 60_000);
});
