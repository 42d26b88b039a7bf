// The gate in front of the script converter: complete (no text it turns away could have been converted or
// counted as traditional) and fresh (equal to what opencc-js's dictionaries give today).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { renderScriptGate, renderScriptTables, SCRIPT_GATE_FILE, SCRIPT_TABLES_FILE } from "../../scripts/gen-script-gate.js";
import { conversionFromOpenCC, tablesFromOpenCC } from "../../scripts/script-tables.js";
import { mayConvert } from "../../src/normalize/script-gate.js";
import { getConversion } from "../../src/normalize/script.js";

const gate = (JSON.parse(readFileSync(SCRIPT_GATE_FILE, "utf8")) as { units: string }).units;
const inGate = (unit: number) => gate.includes(String.fromCharCode(unit));

describe("script-gate.generated.json", () => {
  test("matches the tables built from opencc-js (run node dist/scripts/gen-script-gate.js)", () => {
    expect(readFileSync(SCRIPT_GATE_FILE, "utf8")).toBe(renderScriptGate());
  });

  test("holds every unit the conversion reads: traditional evidence, mapped characters, astral leads, a unit of each phrase", () => {
    const c = getConversion();
    for (let u = 0; u < 0x10000; u++) {
      if (c.evidence[u] === 1 || c.bmp[u] !== 0) expect(inGate(u), `U+${u.toString(16)}`).toBe(true);
    }
    for (const point of c.astral.keys()) expect(inGate(String.fromCodePoint(point).charCodeAt(0))).toBe(true);
    expect(c.phraseSources.length).toBeGreaterThan(100);
    for (const source of c.phraseSources)
      expect(
        [...source].some((ch) => inGate(ch.charCodeAt(0))),
        source,
      ).toBe(true);
  });
});

describe("script-tables.generated.json", () => {
  test("matches opencc-js's dictionaries (run node dist/scripts/gen-script-gate.js)", () => {
    expect(readFileSync(SCRIPT_TABLES_FILE, "utf8")).toBe(renderScriptTables());
  });

  test("gives the conversion built from opencc-js: the same character maps, evidence and phrases", () => {
    const ours = getConversion();
    const theirs = conversionFromOpenCC();
    const trie = new (createRequire(import.meta.url)("opencc-js") as typeof import("opencc-js")).Trie();
    for (const [source, value] of tablesFromOpenCC().phrases) trie.addWord(source, value);
    expect(ours.bmp).toEqual(theirs.bmp);
    expect(ours.evidence).toEqual(theirs.evidence);
    expect(ours.phraseStarts).toEqual(theirs.phraseStarts);
    expect([...ours.astral].sort()).toEqual([...theirs.astral].sort());
    // every phrase, and every phrase with one more character after it, is matched alike
    for (const source of theirs.phraseSources)
      for (const text of [source, `${source}了`, `开${source}`]) {
        for (let at = 0; at < text.length; at++) expect(ours.phrases.matchPrefix(text, at), text).toEqual(trie.matchPrefix(text, at));
      }
    // 乾隆 stays against the character map's 干; 乾淨 is left to the character map
    expect(ours.phrases.matchPrefix("乾隆", 0)).toEqual({ end: 2, value: "乾隆" });
    expect(ours.phrases.matchPrefix("明瞭了", 0)).toEqual({ end: 2, value: "明了" });
    expect(ours.phrases.matchPrefix("乾淨", 0)).toBeNull();
  });
});

describe("mayConvert", () => {
  test.each([
    ["開發區", "a traditional character"],
    ["意志消沈", "a phrase of characters that are not traditional (沈 → 沉)"],
    ["反覆", "a phrase (覆 → 复)"],
    ["明瞭", "a phrase (瞭 → 了)"],
  ])("%j may convert: %s", (text) => {
    expect(mayConvert(text)).toBe(true);
  });

  test.each([
    ["全省开发区2023年第三次“三个一批”活动举行"],
    ["一年目大重示河"], // each starts a phrase entry, none completes one
    ["abc 123，。"],
    [""],
  ])("%j cannot convert", (text) => {
    expect(mayConvert(text)).toBe(false);
  });
});
