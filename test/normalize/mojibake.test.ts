import { describe, expect, test } from "vitest";
import { repairMojibake, repairSpan } from "../../src/normalize/mojibake.js";

/** What a page shows when its UTF-8 bytes are decoded as GBK. */
const asGbk = (s: string) => new TextDecoder("gbk").decode(Buffer.from(s, "utf8"));

describe("repairMojibake", () => {
  test.each([["省商务厅通报"], ["全省开发区"], ["太原市委书记韦韬出席"], ["签约项目"]])("repairs %j read as GBK", (sentence) => {
    const input = `据悉${asGbk(sentence)}。`;
    const r = repairMojibake(input);
    expect(r.text).toBe(`据悉${sentence}。`);
    expect(r.garbled).toEqual([{ start: 2, end: 2 + asGbk(sentence).length, raw: asGbk(sentence), repaired: sentence }]);
  });

  test("keeps digits between repaired spans", () => {
    const r = repairMojibake(`${asGbk("全省开发区2023年第三次")}活动`);
    expect(r.text).toBe("全省开发区2023年第三次活动");
    expect(r.garbled.map((g) => g.repaired)).toEqual(["全省开发区", "年第三次"]);
  });

  test("realigns when the last UTF-8 byte swallowed an ASCII letter", () => {
    const r = repairMojibake(`${asGbk("省商务A")}。`);
    expect(r.text).toBe("省商务A。");
  });

  test("marks a span that lost a byte, repairs what it can", () => {
    const raw = asGbk("总投资"); // ends in a lost byte (�)
    const r = repairMojibake(`签约${raw}1200亿元`);
    const unrepaired = r.garbled.filter((g) => g.repaired === null);
    expect(unrepaired).toHaveLength(1);
    expect(unrepaired[0].raw.endsWith("\ufffd")).toBe(true);
    expect(r.text).toContain("总投");
  });

  test("marks a lone replacement character", () => {
    const r = repairMojibake("项目\ufffd开工");
    expect(r.garbled).toEqual([{ start: 2, end: 3, raw: "\ufffd", repaired: null }]);
    expect(r.text).toBe("项目\ufffd开工");
  });

  // a lone mojibake-shaped character (亐 is GBK 81 80, outside GB2312; 丁 is B6 A1) is read as a run only beside a
  // lost byte or before '?': alone in plain text it is passed without reading a run
  test.each([
    ["项目亐\ufffd开工", [{ start: 2, end: 4, raw: "亐\ufffd", repaired: null }]],
    ["项目亐?开工", [{ start: 2, end: 3, raw: "亐", repaired: null }]],
    ["项目\ufffd亐开工", [{ start: 2, end: 6, raw: "\ufffd亐开工", repaired: null }]],
    ["亐项目", []],
    ["项目亐", []],
    ["丁项目不", []],
  ])("a lone mojibake-shaped character in %j", (text, garbled) => {
    expect(repairMojibake(text).garbled).toEqual(garbled);
  });

  test.each([
    ["盂县、隰县、岢岚县、忻州市与喆园。"],
    ["臺灣與香港的開發區項目簽約。"], // traditional
    ["活动并讲话。省委书记出席活动并讲话。"],
    ["全省开发区2023年第三次“三个一批”活动举行"],
    ["签约项目93个，总投资1200亿元；开工项目88个。"],
  ])("does not flag normal text %j", (text) => {
    const r = repairMojibake(text);
    expect(r.garbled).toEqual([]);
    expect(r.text).toBe(text);
  });
});

describe("repairSpan", () => {
  test("decodes the GBK bytes as UTF-8", () => {
    expect(repairSpan(asGbk("开发区"))?.text).toBe("开发区");
  });
  test("refuses spans that do not decode into common characters", () => {
    expect(repairSpan("活动并讲话")).toBeNull();
  });
  test("two Han characters are the fewest it repairs; one is refused however the bytes around it read", () => {
    expect(repairSpan(asGbk("发展"))?.text).toBe("发展");
    expect(repairSpan(asGbk("开"))).toBeNull();
    expect(repairSpan(asGbk("开，"))).toBeNull();
    expect(repairSpan(asGbk("开，发"))?.text).toBe("开，发");
  });
});
