import { describe, expect, test } from "vitest";
import { parseClaim } from "../../src/check/claim.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { judgeClaim, satisfies } from "../../src/check/verdict.js";
import { makeDoc, storyBody, yi } from "../merge/fixtures.js";

describe("parseClaim: must parse", () => {
  test.each([
    [
      "2023年第四次三个一批签约233个项目",
      { scope: null, year: 2023, ordinal: 4, figures: [{ field: "signed.projects", value: 233, qualifier: null, quote: "233个" }] },
    ],
    [
      "2021年第一期 开工项目268个 总投资1288.6亿元",
      {
        year: 2021,
        ordinal: 1,
        figures: [
          { field: "started.projects", value: 268 },
          { field: "started.investmentYuan", value: 128860000000, quote: "1288.6亿元" },
        ],
      },
    ],
    [
      "太原市2022年第二次“三个一批”合计85个项目",
      { scope: { level: "city", name: "太原市" }, year: 2022, ordinal: 2, figures: [{ field: "total.projects", value: 85 }] },
    ],
    ["二〇二二年第二次 投产项目189个", { year: 2022, ordinal: 2, figures: [{ field: "producing.projects", value: 189 }] }],
    ["2022年第2次投产项目年产值超100亿元", { figures: [{ field: "producing.outputValueYuan", value: yi(100), qualifier: "超" }] }],
    ["2023年8月31日开工项目231个", { ordinal: null, date: "2023-08-31", figures: [{ field: "started.projects", value: 231 }] }],
    ["全省2022年第一次签约项目三百四十七个", { scope: null, figures: [{ field: "signed.projects", value: 347 }] }],
  ])("%s", (text, want) => {
    const r = parseClaim(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.claim).toMatchObject(want);
  });
});

describe("parseClaim: must not parse", () => {
  test.each([
    ["签约233个项目", "no year"],
    ["2023年签约233个项目", "no round"],
    ["2023年第四次三个一批", "no figure"],
    ["2023年第四次三个一批签约很多项目", "no figure"],
    ["2023年第四次签约一批项目", "no figure"],
    ["2023年第四次签约233吨", "no figure"],
    ["全市2023年第四次签约233个项目", "which city"],
  ])("%s → %s", (text, reason) => {
    const r = parseClaim(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe("satisfies", () => {
  const f = (value: number, qualifier: string | null = null, field = "signed.investmentYuan" as const) => ({
    field,
    value,
    qualifier,
    quote: "",
  });
  test.each([
    [f(yi(1288.6)), yi(1288.6), true],
    [f(yi(1289)), yi(1288.6), true],
    [f(yi(1288.6)), yi(1288.7), false],
    [f(yi(100), "超"), yi(123.5), true],
    [f(yi(100), "超"), yi(99), false],
    [f(yi(100), "近"), yi(97), true],
    [f(yi(100), "近"), yi(101), false],
    [f(233, null, "signed.projects" as never), 232, false],
  ])("%j vs %d → %s", (figure, recorded, ok) => expect(satisfies(figure, recorded)).toBe(ok));
});

describe("judgeClaim", () => {
  const r = { year: 2023, ordinal: 3, date: "2023-08-31", signed: [263, yi(1500)] as [number, number], started: [231] as [number] };
  const a = makeDoc({ body: storyBody("全省"), outlet: "山西日报", path: "a.txt", rounds: [r] });
  const b = makeDoc({
    body: "来源：山西日报 " + storyBody("全省"),
    outlet: "转载网",
    path: "b.txt",
    publishedAt: "2023-09-03",
    rounds: [{ ...r, started: [213] }],
  });
  const { rounds } = mergeDocuments([a, b]);
  const judge = (text: string) => {
    const p = parseClaim(text);
    if (!p.ok) throw new Error(p.reason);
    return judgeClaim(p.claim, rounds);
  };

  test("supported: every figure matches, each source listed with its quote", () => {
    const rep = judge("2023年第三次签约263个项目，总投资1500亿元");
    expect(rep.verdict).toBe("supported");
    expect(rep.figures[0].sources).toEqual([
      {
        articleId: a.article.id,
        path: "a.txt",
        outlet: "山西日报",
        publishedAt: "2022-06-23",
        independent: true,
        value: 263,
        quote: "签约项目263个",
      },
      expect.objectContaining({ path: "b.txt", independent: false, value: 263 }),
    ]);
  });

  test("contradicted: a figure differs; a repost's disputed value is shown with its source", () => {
    const rep = judge("2023年第三次开工项目213个");
    expect(rep.verdict).toBe("contradicted");
    expect(rep.figures[0]).toMatchObject({ claimed: 213, recorded: 231 });
    expect(rep.figures[0].sources.map((s) => [s.path, s.value, s.quote])).toEqual([
      ["a.txt", 231, "开工项目231个"],
      ["b.txt", 213, "开工项目213个"],
    ]);
  });

  test("not found: no such round, or the round does not state the figure", () => {
    expect(judge("2023年第四次签约233个项目")).toMatchObject({ verdict: "not-found", round: null });
    expect(judge("2023年第三次投产项目199个")).toMatchObject({ verdict: "not-found", round: "province|山西省|2023|#3" });
    expect(judge("太原市2023年第三次签约263个项目").verdict).toBe("not-found");
  });
});
