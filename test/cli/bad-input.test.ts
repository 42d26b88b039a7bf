// Each command's bad input gets one clear line naming the input and the right exit code;
// the rest of the batch is still processed, and no stack trace reaches the user.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { runCli, runCliProcess } from "../helpers/cli.js";

// the command line runs in this process (runCli); stdin and one exit code need the real process, which
// takes a second or two alone and far more on a loaded machine: no 20 s default
vi.setConfig({ testTimeout: 120_000 });

const ARTICLE =
  "全省开发区2022年第二次“三个一批”活动举行\n2022-06-23 09:00 来源:测试日报\n6月22日,全省开发区2022年第二次“三个一批”活动举行。\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhpress-cli-"));
  writeFileSync(join(dir, "good.txt"), ARTICLE);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.txt"), "  \n\n \t\n");
  writeFileSync(
    join(dir, "binary.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
});

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("zhpress extract", () => {
  test("a missing file is named, the good file still extracted, exit 1", async () => {
    const r = await runCli(["extract", join(dir, "good.txt"), join(dir, "missing.txt")]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout).article.source.path).toBe(join(dir, "good.txt"));
    expect(r.stderr).toContain(`${join(dir, "missing.txt")}: no such file or folder`);
    noStack(r.stderr);
  });

  test.each([
    ["empty.txt", "the input is empty"],
    ["blank.txt", "the input is empty"],
    ["binary.txt", "binary"],
  ])("%s is refused with a clear reason and the batch goes on", async (file, reason) => {
    const r = await runCli(["extract", "--quiet", join(dir, file), join(dir, "good.txt")]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(join(dir, file));
    expect(r.stderr).toContain(reason);
    noStack(r.stderr);
  });

  test("a file over the size limit is refused, naming the limit flag", async () => {
    writeFileSync(join(dir, "big.html"), "<p>" + "开发区".repeat(400_000) + "</p>");
    const r = await runCli(["extract", "--quiet", "--max-file-mb", "1", join(dir, "big.html"), join(dir, "good.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.html: .*over the 1\.0 MB limit/);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  test("no inputs at all is a usage error (exit 2 from the process), one line", async () => {
    const r = await runCliProcess(["extract"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^zhpress: no inputs/);
  });

  test("an unknown flag is a usage error (exit 2)", async () => {
    const r = await runCli(["extract", "--no-such-flag", join(dir, "good.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--no-such-flag'");
    noStack(r.stderr);
  });

  test("a bad number for a flag is a usage error naming the flag", async () => {
    const r = await runCli(["extract", "--max-file-mb", "lots", join(dir, "good.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('zhpress: --max-file-mb wants a positive number, got "lots"');
  });

  test("stdin (-) is read as one article", async () => {
    const r = await runCliProcess(["extract", "-"], { input: ARTICLE });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.article.source).toEqual({});
    expect(doc.article.text).toContain("三个一批");
  });

  test("--out writes the file whole and nothing on stdout", async () => {
    const out = join(dir, "o", "x.jsonl");
    const r = await runCli(["extract", "--quiet", "--out", out, join(dir, "good.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(1);
  });

  test("--help shows an example and exits 0", async () => {
    const r = await runCli(["extract", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Example:");
  });
});

describe("zhpress merge", () => {
  test("a malformed JSONL line is named file:line, the valid lines still merge, exit 1", async () => {
    const good = (await runCli(["extract", "--quiet", join(dir, "good.txt")])).stdout.trim();
    const jsonl = join(dir, "mixed.jsonl");
    writeFileSync(jsonl, [good, "{not json", JSON.stringify({ schemaVersion: 1 }), ""].join("\n"));
    const r = await runCli(["merge", jsonl]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
    expect(r.stderr).toContain(`${jsonl}:2: not JSON`);
    expect(r.stderr).toContain(`${jsonl}:3: not an extraction document`);
    noStack(r.stderr);
  });

  test("a missing JSONL file is named, exit 1", async () => {
    const r = await runCli(["merge", join(dir, "nope.jsonl")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "nope.jsonl")}: no such file`);
  });

  test("merge with no inputs is a usage error (exit 2)", async () => {
    const r = await runCli(["merge"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zhpress: no inputs/);
  });
});

describe("zhpress run", () => {
  test("run --db without --out writes the database and its metadata.json, no export files", async () => {
    const out = join(dir, "db-only");
    const r = await runCli(["run", "--quiet", "--db", join(out, "x.db"), join(dir, "good.txt")]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["metadata.json", "x.db"]);
  });

  test("run --out writes the database and every export file there and prints the round table; a bad input is named", async () => {
    const out = join(dir, "ds");
    const r = await runCli(["run", "--quiet", "--out", out, join(dir, "good.txt"), join(dir, "empty.txt")]);
    expect(r.code).toBe(1);
    for (const f of [
      "zhpress.db",
      "metadata.json",
      "extractions.jsonl",
      "rounds.jsonl",
      "rounds.csv",
      "people.csv",
      "zones.csv",
      "people.jsonl",
      "zones.jsonl",
    ])
      expect(existsSync(join(out, f))).toBe(true);
    expect(r.stdout).toMatch(/^scope\s+year\s+round\s+date\s+签约\s+开工\s+投产\s+sources\s+conflicts/);
    expect(r.stderr).toContain("empty.txt: the input is empty");
  });
});
