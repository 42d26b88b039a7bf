import { describe, expect, test } from "vitest";
import { normalizeMeta, normalizeText } from "../../src/normalize/index.js";

const asGbk = (s: string) => new TextDecoder("gbk").decode(Buffer.from(s, "utf8"));

describe("normalizeText", () => {
  test("runs every step and keeps the original", () => {
    const original = "全省開發(fā)區(qū)第 3 次活動，簽約項目９３個。";
    const n = normalizeText(original);
    expect(n.text).toBe("全省开发区第3次活动，签约项目93个。");
    expect(n.original).toBe(original);
    expect(n.script).toBe("traditional");
    expect(n.pinyinAnnotationsRemoved).toBe(2);
    expect(n.widthFixes).toBe(4);
    expect(n.convertedCharacters).toBeGreaterThan(0);
    expect(n.garbled).toEqual([]);
  });

  test("garbled offsets point into the final text after later steps shrink it", () => {
    const original = `開發(fā)區 93 家，${asGbk("省商务厅通报")}，另有項目\ufffd。`;
    const n = normalizeText(original);
    expect(n.garbled).toHaveLength(2);
    for (const g of n.garbled) {
      expect(n.text.slice(g.start, g.end)).toBe(g.repaired ?? g.raw);
    }
    expect(n.text).toContain("省商务厅通报");
    expect(n.warnings.map((w) => w.code)).toEqual(["garbled-repaired", "garbled-text"]);
    expect(n.warnings.every((w) => n.text.slice(w.start, w.end).length > 0)).toBe(true);
  });

  test("simplified text without anything to fix comes back unchanged", () => {
    const original = "全省开发区2023年第三次“三个一批”活动在盂县、隰县同步举行。";
    const n = normalizeText(original);
    expect(n.text).toBe(original);
    expect(n).toMatchObject({
      script: "simplified",
      pinyinAnnotationsRemoved: 0,
      widthFixes: 0,
      convertedCharacters: 0,
      garbled: [],
      warnings: [],
    });
  });
});

describe("normalizeMeta", () => {
  test.each([
    ["山西日報", "山西日报"],
    ["開發(fā)區新聞", "开发区新闻"],
    ["第２次", "第2次"],
    ["山西广播电视台", "山西广播电视台"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeMeta(input)).toBe(expected);
  });
});
