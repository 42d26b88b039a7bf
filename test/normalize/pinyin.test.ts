import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { isReadingOf, stripPinyinAnnotations } from "../../src/normalize/pinyin.js";
import { READINGS_FILE, renderReadings, tableCharacters } from "../../scripts/gen-readings.js";

describe("stripPinyinAnnotations", () => {
  test.each([
    ["開發(fā)區(qū)", "開發區", 2],
    ["開發（fā）區（qū）", "開發區", 2],
    ["山西省(shānxīshěng)发布", "山西省发布", 1],
    ["山西省（shān xī shěng）", "山西省", 1],
    ["行(háng)业", "行业", 1], // a polyphone's second reading
    ["發(fa1)展", "發展", 1], // numbered tones
    ["發(fa)展", "發展", 1], // toneless
    ["綠(lǜ)色", "綠色", 1],
  ])("strips %j", (input, expected, removed) => {
    const r = stripPinyinAnnotations(input);
    expect(r.text).toBe(expected);
    expect(r.removed).toBe(removed);
  });

  test.each([
    ["刚果(金)"],
    ["(2024)年"],
    ["开发区(晋中片区)"],
    ["国内生产总值(GDP)"],
    ["行(xīng)"], // a reading of some other character
    ["山西(shanxi province)"],
    ["(fā)"], // nothing to annotate
  ])("keeps %j", (input) => {
    const r = stripPinyinAnnotations(input);
    expect(r.text).toBe(input);
    expect(r.removed).toBe(0);
  });

  test("records where the text shrank", () => {
    const r = stripPinyinAnnotations("發(fā)展");
    expect(r.edits).toEqual([{ start: 1, end: 5, text: "" }]);
  });
});

describe("isReadingOf", () => {
  test.each([
    [["山", "西"], "shānxī", true],
    [["山", "西"], "shan xi", true],
    [["山", "西"], "shānxīshěng", false],
    [["發"], "fà", false], // tone-marked must match a tone-marked reading
  ])("%j reads %j: %s", (chars, reading, expected) => {
    expect(isReadingOf(chars, reading)).toBe(expected);
  });
});

describe("pinyin-readings.generated.json", () => {
  test("matches pinyin-pro (run node dist/scripts/gen-readings.js)", () => {
    expect(readFileSync(READINGS_FILE, "utf8")).toBe(renderReadings());
  }, 30_000);

  test("holds GB2312's characters and the traditional ones, not the rarer ones", () => {
    const chars = new Set(tableCharacters());
    for (const c of "发行乐山西省開發區綠") expect(chars.has(c), c).toBe(true);
    for (const c of "䶮㐀") expect(chars.has(c), c).toBe(false);
  });

  // a character outside the table is read by pinyin-pro itself, with the same answer
  test.each([
    ["刘䶮(yǎn)称帝", "刘䶮称帝", 1],
    ["刘䶮(yan)称帝", "刘䶮称帝", 1],
    ["刘䶮(yī)称帝", "刘䶮(yī)称帝", 0],
  ])("a rarer character: %j → %j", (input, expected, removed) => {
    const r = stripPinyinAnnotations(input);
    expect(r.text).toBe(expected);
    expect(r.removed).toBe(removed);
  });
});
