// What one page loads: a simplified page with no annotation of a rare character and no .gov.cn host needs neither the
// script converter's tables nor pinyin-pro; a traditional page builds the converter from its generated tables,
// without loading opencc-js's dictionaries (only its core Trie).
// Counted in a fresh process (nothing loaded yet), never timed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { cliEntry, root, runNode } from "./helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "zhpress-startup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

async function inFreshProcess(body: string): Promise<string[]> {
  const code = `
    const { extractFromBytes } = await import("./src/pipeline.ts");
    const { conversionBuilt } = await import("./src/normalize/script.ts");
    const { createRequire } = await import("node:module");
    const { readFileSync } = await import("node:fs");
    const cache = createRequire(${JSON.stringify(root + "/")}).cache;
    // imported (module-log.mjs) or required
    const modules = () => [...readFileSync(process.env.ZHPRESS_MODULE_LOG, "utf8").split(/\\s+/), ...Object.keys(cache)];
    const loaded = (name) => modules().some((k) => k.includes("/node_modules/" + name + "/"));
    // opencc-js's dictionaries: any of its modules but the core (its Trie, no dictionary), which normalize imports
    const openccDictionaries = () => modules().some((k) => k.includes("/node_modules/opencc-js/") && !k.endsWith("/esm-lib/core.js"));
    const extract = (text, url) =>
      extractFromBytes({ source: url ? { url } : { path: "t.txt" }, label: "t", bytes: new TextEncoder().encode(text), contentType: null });
    const report = () => console.log(JSON.stringify({ converter: conversionBuilt(), opencc: openccDictionaries(), pinyin: loaded("pinyin-pro") }));
    ${body}`;
  const log = join(scratch, `modules-${++runs}.log`);
  const r = await runNode(["--import", "./test/helpers/module-log.mjs", "--import", "tsx", "--input-type=module", "-e", code], {
    cwd: root,
    env: { ...process.env, ZHPRESS_MODULE_LOG: log },
  });
  if (r.code !== 0) throw new Error(`fresh process failed (${r.code}): ${r.stderr}`);
  return r.stdout.trim().split("\n");
}

const SIMPLIFIED =
  "全省开发区2023年第三次“三个一批”活动举行\n2023-09-02 来源：山西日报\n省委副书记、省长金湘军出席活动并讲话，签约项目263个，总投资1288.6亿元。\n";
const TRADITIONAL = "全省開發區2023年第三次“三個一批”活動舉行\n2023-09-02 來源：山西日報\n簽約項目263個，總投資1288.6億元。\n";

describe("one page loads only what it needs", () => {
  test("a simplified page never loads opencc-js or pinyin-pro; a traditional one builds the converter from its tables, without opencc-js", async () => {
    const lines = await inFreshProcess(`
      report();
      const doc = extract(${JSON.stringify(SIMPLIFIED)});
      if (doc.rounds.length === 0) throw new Error("the simplified page found no round: the test would be vacuous");
      report();
      extract(${JSON.stringify(TRADITIONAL)});
      report();`);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { converter: false, opencc: false, pinyin: false },
      { converter: false, opencc: false, pinyin: false },
      { converter: true, opencc: false, pinyin: false },
    ]);
  }, 120_000);

  test("pinyin-pro loads for a .gov.cn host that only a pinyin spelling can place, and for a reading of a rare character", async () => {
    const lines = await inFreshProcess(`
      extract(${JSON.stringify(SIMPLIFIED)}, "https://www.changzhi.gov.cn/a/1.html");
      report();`);
    expect(JSON.parse(lines[0])).toMatchObject({ pinyin: true });
    // GB2312's characters are read from the generated table (scripts/gen-readings.ts); a rarer one asks pinyin-pro
    const bracket = await inFreshProcess(`
      const common = extract("山西省（shānxīshěng）开发区项目签约。");
      if (common.normalization.pinyinAnnotationsRemoved !== 1) throw new Error("the annotation was not removed");
      report();
      extract("刘䶮（yǎn）称帝。");
      report();`);
    expect(bracket.map((l) => JSON.parse(l).pinyin)).toEqual([false, true]);
  }, 120_000);
});

describe("zhpress extract of one page loads only what the stages use", () => {
  const NOT_LOADED = [
    ...["opencc-js", "pinyin-pro", "tinyglobby"], // converter, readings, globs: not for one simplified file
    ...["chardet", "iconv-lite"], // a charset guess and legacy encoding: not for a UTF-8 page
    ...["better-sqlite3", "pg", "pg-boss", "hono", "undici", "cli-progress", "csv-stringify", "hyparquet-writer"], // other commands
  ];
  test(`a simplified text page loads none of ${NOT_LOADED.join(", ")}`, async () => {
    const page = join(scratch, "page.txt");
    writeFileSync(page, SIMPLIFIED);
    const log = join(scratch, "cli-modules.log");
    const r = await runNode(["--import", "./test/helpers/module-log.mjs", ...cliEntry(), "extract", page, "--quiet", "--workers", "0"], {
      cwd: root,
      env: { ...process.env, ZHPRESS_MODULE_LOG: log, ZHPRESS_DEBUG: "" },
    });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { rounds: unknown[] }).rounds.length).toBeGreaterThan(0);
    const packages = new Set(
      [...readFileSync(log, "utf8").matchAll(/\/node_modules\/(?<name>(?:@[^/]+\/)?[^/]+)\//g)].map((m) => m.groups!.name),
    );
    // the log is not blind: it sees an imported package (commander) and the segmenter's require()d binding
    expect(packages).toContain("commander");
    expect(packages).toContain("nodejieba");
    for (const name of NOT_LOADED) expect(packages.has(name), name).toBe(false);
  }, 120_000);
});
