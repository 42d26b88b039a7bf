import { describe, expect, test } from "vitest";
import { normalizeText } from "../../src/normalize/index.js";
import { clauseHeads, stripWatermark } from "../../src/normalize/watermark.js";

// texts written for this test; the watermark cycles through the title's pairs as repost sites splice it
const TITLE = "全省开发区集中签约开工投产一批项目";
const CLEAN =
  "1月26日上午，全省开发区活动在大同举行。省委副书记、省长吴海涛出席并讲话，副省长郑立新主持。省领导韩伟东、冯立平、贾秀云出席。" +
  "市委书记卢国栋致辞，市长赵学军介绍情况。活动现场，各分会场同步连线，企业代表作了发言。";

/** the watermark spliced after every clause delimiter followed by Han, cycling through `fragments` */
function splice(text: string, fragments: string[], from = 0): string {
  let k = from;
  return text.replace(/[，。、](?=\p{Script=Han})/gu, (d) => d + fragments[k++ % fragments.length]);
}

describe("watermark: a cycle of title pairs at clause heads", () => {
  test("removed, leaving the clean text; the cycle is reported", () => {
    const marked = `${TITLE}\n${splice(CLEAN, ["集中", "约开", "工投", "产一"])}`;
    const r = stripWatermark(marked);
    expect(r.text).toBe(`${TITLE}\n${CLEAN}`);
    expect(r.cycles).toEqual([["集中", "约开", "工投", "产一"]]);
    expect(r.removed).toBe(12);
  });

  test("a run that starts mid-cycle is removed from its first head", () => {
    const marked = `${TITLE}\n${splice(CLEAN, ["集中", "约开", "工投", "产一"], 2)}`;
    expect(stripWatermark(marked).text).toBe(`${TITLE}\n${CLEAN}`);
  });

  test("through normalizeText: an info warning and offsets that still fit the text", () => {
    const n = normalizeText(`${TITLE}\n${splice(CLEAN, ["集中", "约开", "工投", "产一"])}`);
    expect(n.text).toBe(`${TITLE}\n${CLEAN}`);
    expect(n.warnings.map((w) => [w.code, w.severity, w.stage])).toEqual([["watermark-removed", "info", "normalize"]]);
  });

  test("must not: the same cycle when its pairs stand nowhere in a row in the text (a city breakdown by stage)", () => {
    const breakdown =
      "太原市签约34个，大同市签约28个，阳泉市签约9个；太原市开工37个，大同市开工31个，阳泉市开工8个；" +
      "太原市投产14个，大同市投产22个，阳泉市投产5个；太原市共85个，大同市共81个，阳泉市共22个。";
    const r = stripWatermark(breakdown);
    expect(r.text).toBe(breakdown);
    expect(r.removed).toBe(0);
  });

  test("must not: a cycle seen fewer than twice whole and two heads more", () => {
    const marked = `${TITLE}\n省长出席，集中副省长主持，约开省领导出席，工投市长致辞，产一企业发言，集中代表讲话，约开现场连线。`;
    expect(stripWatermark(marked).removed).toBe(0);
  });

  test("must not: repeated heads that are not distinct pairs, a list of 2-character names", () => {
    const same = "项目签约，项目开工，项目投产，项目签约，项目开工，项目投产，项目签约，项目开工，项目投产，项目签约。";
    expect(stripWatermark(`签约开工投产\n${same}`).removed).toBe(0);
    const names = "省领导张红、李明、王强、张红、李明、王强、张红、李明、王强出席。";
    expect(stripWatermark(names).removed).toBe(0);
  });

  // stripWatermark builds the table of repeats only when some period repeats p + 2 heads in a row: the shortest run it
  // takes (period 3: eight heads) must still go, one head fewer must stay
  test.each([
    [8, 8],
    [9, 9],
    [7, 0],
    [6, 0],
  ])("a period-3 cycle over %i clause heads: %i removed", (heads, removed) => {
    const cycle = ["集中", "签约", "开工"];
    const body = Array.from({ length: heads }, (_, k) => `${cycle[k % 3]}活动第项`).join("，");
    expect(stripWatermark(`签约集中签约开工投产\n${body}。`).removed).toBe(removed);
  });

  test("a large periodic page without a source line is read once per rotation (no quadratic walk)", () => {
    const page = "，甲乙丙，丁戊己，庚辛壬".repeat(20_000);
    const r = stripWatermark(page);
    expect(r.removed).toBe(0);
    expect(r.text.length).toBe(page.length);
  });
});

describe("clauseHeads: two Han characters at the text start and after each clause delimiter", () => {
  test.each([
    ["the start and each delimiter", "全省开发区，签约项目。开工、投产；活动：举行！是否？如此\n下行", [0, 6, 11, 14, 17, 20, 23, 26, 29]],
    ["not inside a clause, not before a digit, a latin letter or a single Han character", "全省开发区活动，2023年，GDP增长，省。", [0]],
    ["an astral Han character counts as one (𠀀 is U+20000)", "，𠀀字，字𠀀，𠀀", [1, 5]],
    ["nothing in a text without Han", "2023, 100%", []],
  ])("%s", (_, text, starts) => {
    expect(clauseHeads(text).map((h) => h.at)).toEqual(starts);
    // what a lookbehind regex tried at every offset finds (the scan this replaces)
    expect(clauseHeads(text).map((h) => [h.at, h.fragment])).toEqual(
      [...text.matchAll(/(?<=^|[，,、。；;：:！!？?\n])\p{Script=Han}{2}/gu)].map((m) => [m.index, m[0]]),
    );
  });
});
