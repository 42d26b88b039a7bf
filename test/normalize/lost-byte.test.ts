// A GBK page that lost a byte (seen on real reposts of traditional pages): flagged with offsets, repaired only
// where the bytes say exactly what was there, never across the character that was lost.
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { repairMojibake } from "../../src/normalize/mojibake.js";
import { normalizeText } from "../../src/normalize/index.js";
import { extractFromBytes } from "../../src/pipeline.js";

/** `s` as GBK bytes with the lead byte of character `at` replaced by '?' (replace) or dropped, read back as GBK */
function loseLead(s: string, at: number, how: "replace" | "drop"): string {
  const bytes = [...iconv.encode(s, "gbk")];
  const i = iconv.encode(s.slice(0, at), "gbk").length;
  if (how === "replace") bytes[i] = 0x3f;
  else bytes.splice(i, 1);
  return iconv.decode(Buffer.from(bytes), "gbk");
}

// Sentences written for these tests (invented people), traditional as the damaged pages are.
const TITLE = "縣委書記趙明出席";
const VIDEO = "會議以視頻連線方式舉行";

describe("a character that lost its lead byte: '?' + its trail byte", () => {
  test("縣 (BF 68) arrives as ?h: flagged, not guessed", () => {
    const damaged = `副市長主持活動${loseLead(TITLE, 0, "replace")}`;
    expect(damaged).toBe("副市長主持活動?h委書記趙明出席");
    const r = repairMojibake(damaged);
    expect(r.garbled).toEqual([{ start: 7, end: 9, raw: "?h", repaired: null }]);
    expect(r.text).toBe(damaged);
  });

  test("a run of '?' before the trail byte is one span", () => {
    expect(repairMojibake("領導出席，??h委常委").garbled).toEqual([{ start: 5, end: 8, raw: "??h", repaired: null }]);
  });

  test("after a '?' whose trail paired with the next lead, the rest repairs exactly; the lost one is U+FFFD", () => {
    const damaged = `據悉${loseLead(VIDEO, 2, "replace")}`;
    expect(damaged).toBe("據悉會議?砸曨l連線方式舉行");
    const r = repairMojibake(damaged);
    expect(r.garbled).toEqual([{ start: 4, end: 8, raw: "?砸曨l", repaired: "\ufffd視頻" }]);
    expect(r.text).toBe("據悉會議\ufffd視頻連線方式舉行");
  });

  test.each([
    ["a URL query", "詳見 http://example.com/list?q=開發區 頁面"],
    ["an English word before Chinese", "Hello world開發區"],
    ["a question mark after Chinese text", "項目落地了嗎?我們去看看"],
    ["A股 after a question mark", "你買了嗎?A股今天大漲"],
    ["A股 in a sentence", "中國A股市場"],
    ["a question mark before a digit", "是第幾次?3次"],
  ])("none: %s", (_, text) => {
    const r = repairMojibake(text);
    expect(r.garbled).toEqual([]);
    expect(r.text).toBe(text);
  });
});

describe("a run shifted by a lost byte, ended by a trail byte in ASCII range", () => {
  test("flagged from the last non-Chinese character to the trail byte; where the byte was lost is unknown: no repair", () => {
    const damaged = `活動；${loseLead("項目簽約儀式在開發區舉行", 0, "drop")}`;
    expect(damaged).toBe("活動；椖亢灱s儀式在開發區舉行");
    expect(repairMojibake(damaged).garbled).toEqual([{ start: 3, end: 7, raw: "椖亢灱s", repaired: null }]);
  });

  test("two shifted characters could re-pair by chance: not flagged without a '?'", () => {
    expect(repairMojibake("活動；砸曨l連線方式舉行").garbled).toEqual([]);
  });

  test.each([
    ["Latin letters inside traditional text", "在3D打印項目和iPhone手機生產線"],
    ["a letter between common characters", "中國A股市場和B超設備"],
  ])("none: %s", (_, text) => {
    expect(repairMojibake(text).garbled).toEqual([]);
  });
});

describe("the pipeline blocks what was lost", () => {
  test("offsets point into the normalized text and the span is a warning", () => {
    const n = normalizeText(`副市長主持活動${loseLead(TITLE, 0, "replace")}`);
    expect(n.garbled).toEqual([{ start: 7, end: 9, raw: "?h", repaired: null }]);
    expect(n.text.slice(7, 9)).toBe("?h");
    expect(n.warnings.map((w) => w.code)).toEqual(["garbled-text"]);
  });

  test("no person is titled across a lost character", () => {
    const text = `全縣項目集中開工儀式舉行。副縣長李華主持活動${loseLead(TITLE, 0, "replace")}。`;
    const doc = extractFromBytes({ source: { path: "t.txt" }, label: "t.txt", bytes: Buffer.from(text), contentType: null });
    expect(doc.normalization.garbled.map((g) => g.raw)).toEqual(["?h"]);
    for (const p of doc.people) expect(p.titles.some((t) => t.includes("委书记") && !t.startsWith("县"))).toBe(false);
  });
});
