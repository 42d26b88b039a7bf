// Phenomena of real press (issue 10), as public-API tables: through extractFromBytes only, so they survive the
// extract/ restructure. Each case names its phenomenon (plan: /work/real-plan.md, letters A–Q). Texts written for
// these tests — invented people and figures in the style of Shanxi press, never a real page's sentences.
// Cases move here from the next wave's table as each phenomenon lands.
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../src/pipeline.js";
import type { ExtractionDocument, RoundMention } from "../src/schema/index.js";

function extract(text: string, path = "t.txt"): ExtractionDocument {
  return extractFromBytes({ source: { path }, label: path, bytes: Buffer.from(text), contentType: null });
}
const round = (d: ExtractionDocument, scope: string, year: number, ordinal: number): RoundMention | undefined =>
  d.rounds.find((r) => r.scope.name === scope && r.year === year && r.ordinal === ordinal);
const numbersOf = (r: RoundMention | undefined) =>
  r === undefined
    ? []
    : [r.signed, r.started, r.producing, r.total].flatMap((t) =>
        t === null ? [] : [t.projects, t.investmentYuan].filter((v) => v !== null),
      );
const person = (d: ExtractionDocument, name: string) => d.people.find((p) => p.name === name);
const evidenceHolds = (d: ExtractionDocument) =>
  [...d.rounds, ...d.summaries, ...d.people, ...d.zones].every((m) =>
    m.evidence.every((e) => d.article.text.slice(e.start, e.end) === e.quote),
  );

describe("A. whose figures: 我市 and a city subject", () => {
  test("我市 with a city paper as outlet: the tallies are the city's, the province round has none", () => {
    const d = extract(
      "我市与全省同步举行开发区2024年第二次“三个一批”活动\n2024-05-31 07:52  来源：太原日报\n\n5月30日，我市与全省同步举行开发区2024年第二次“三个一批”活动。此次活动，我市集中签约项目21个，总投资156.2亿元；集中开工项目18个。\n",
    );
    expect(round(d, "太原市", 2024, 2)?.signed).toMatchObject({ projects: 21, investmentYuan: 15620000000 });
    expect(numbersOf(round(d, "山西省", 2024, 2))).toEqual([]);
    expect(evidenceHolds(d)).toBe(true);
  });

  test("a city as the subject of the round sentence owns the tallies", () => {
    const d = extract("8月20日，运城市举行开发区2024年第三次“三个一批”活动。此次活动新签约项目17个，新开工项目22个。\n");
    expect(round(d, "运城市", 2024, 3)?.signed?.projects).toBe(17);
    expect(numbersOf(round(d, "山西省", 2024, 3))).toEqual([]);
  });

  test("must not: 我市 with no city known is never the province's tally", () => {
    const d = extract("我市与全省同步举行开发区2024年第二次“三个一批”活动，我市集中签约项目21个。\n");
    expect(numbersOf(round(d, "山西省", 2024, 2))).toEqual([]);
  });

  test("must not: a province report's 全省 tally stays the province's", () => {
    const d = extract("5月30日，全省开发区2024年第二次“三个一批”活动举行。全省共签约项目298个。大同市签约项目20个。\n");
    expect(round(d, "山西省", 2024, 2)?.signed?.projects).toBe(298);
  });
});

describe("B. whose campaign: look-alikes of other provinces", () => {
  test.each([
    [
      "a Henan page in traditional script",
      "1月6日，全省第十六期「三個一批」項目建設活動舉行。此次活動主會場設在洛陽市。「簽約一批」項目628個。\n",
      "t.txt",
    ],
    [
      "a Henan city's share, outlet 大河报",
      "全省第十六期“三个一批”项目建设活动举行\n2024-01-07 10:05  来源：大河报\n\n我市在许昌分会场集中签约项目42个。\n",
      "t.txt",
    ],
    [
      "a Henan host, no place in the text",
      "URL: https://www.hntv.tv/a/1.html\n\n今天，全省第八期“三个一批”项目建设活动举行，签约项目1200个。\n",
      "t.txt",
    ],
  ])("must not: %s is a 山西省 round", (_, text, path) => {
    const d = extract(text, path);
    expect(d.rounds.filter((r) => r.scope.name === "山西省")).toEqual([]);
    expect(d.warnings.some((w) => /lookalike|look-alike/.test(w.code))).toBe(true);
  });

  test("must: a Shanxi page of the campaign is a 山西省 round", () => {
    const d = extract(
      "全省开发区2024年第二次“三个一批”活动举行\n2024-05-31 来源：山西日报\n\n5月30日，全省开发区2024年第二次“三个一批”活动举行，全省共签约项目298个。\n",
    );
    expect(round(d, "山西省", 2024, 2)?.signed?.projects).toBe(298);
  });
});

describe("F. stage phrasings", () => {
  const d = extract(
    "8月20日，长治市与全省同步举行开发区2024年第三次“三个一批”活动。此次活动，全市新签约项目19个，签约投资额86.3亿元；新开工项目24个；新投产项目16个。其中14个项目分3批现场签约。今年以来，全市新签约项目112个。\n",
  );
  test("新签约/新开工/新投产 and 签约投资额", () => {
    expect(round(d, "长治市", 2024, 3)).toMatchObject({
      signed: { projects: 19, investmentYuan: 8630000000 },
      started: { projects: 24 },
      producing: { projects: 16 },
    });
  });
  test("must not: 分3批 is no count, 今年以来 is no round tally", () => {
    const all = d.rounds.flatMap(numbersOf);
    expect(all).not.toContain(3);
    expect(all).not.toContain(112);
  });
  test("现场签约 with the count first", () => {
    const c = extract("忻州市举行了开发区2024年第四次“三个一批”活动，共有10个项目进行了现场签约。\n");
    expect(round(c, "忻州市", 2024, 4)?.signed?.projects).toBe(10);
  });
});

describe("G. venues of a city's round", () => {
  test("分会场设在 is the city's venue", () => {
    const d = extract("8月20日，长治市举行开发区2024年第三次“三个一批”活动，我市分会场设在长治经开区。\n");
    expect(round(d, "长治市", 2024, 3)?.venue).toMatch(/长治经(?:开区|济技术开发区)/);
  });
  test("我市在X举行 a city's ceremony of the round makes its round, at X", () => {
    const d = extract(
      "吕梁日报\n\n2月6日，全省开发区2025年第一次“三个一批”项目集中签约仪式后，我市在孝义经济开发区举行吕梁市开发区2025年第一次“开工一批”项目集中开工仪式。\n",
    );
    expect(round(d, "吕梁市", 2025, 1)?.venue).toBe("孝义经济开发区");
  });
});

describe("C. a zone's yearly totals are its summary, not a round", () => {
  const text =
    "2024年，晋城经开区先后开展“三个一批”活动4次，总投资96.4亿元的31个项目集中签约，总投资72.8亿元的26个项目集中开工。5月30日，全省开发区2024年第二次“三个一批”活动在我区举行。\n";
  test("the summary carries the totals, money bound to its own count", () => {
    const d = extract(text);
    const s = d.summaries.find((x) => x.year === 2024 && x.scope.level === "zone");
    expect(s?.rounds).toBe(4);
    expect(s?.signed).toMatchObject({ projects: 31, investmentYuan: 9640000000 });
    expect(s?.started).toMatchObject({ projects: 26, investmentYuan: 7280000000 });
    expect(evidenceHolds(d)).toBe(true);
  });
  test("must not: the round named after it takes them", () => {
    expect(numbersOf(round(extract(text), "山西省", 2024, 2))).toEqual([]);
  });
  test("在我区举行: the round's venue is the zone the page is about", () => {
    expect(round(extract(text), "山西省", 2024, 2)?.venue).toBe("晋城经济技术开发区");
  });
});

describe("D. a month-day takes the year of the round named in its sentence", () => {
  test("no publish date: 11月26日 + 2024年第四次 → 2024-11-26", () => {
    const d = extract("11月26日，全省开发区2024年第四次“三个一批”活动举行，忻州市集中签约项目9个。\n");
    expect(round(d, "山西省", 2024, 4)?.date).toBe("2024-11-26");
    expect(round(d, "忻州市", 2024, 4)?.date).toBe("2024-11-26");
  });
  test("must not: a date in another sentence", () => {
    const d = extract("去年12月8日，忻州经开区举行推介会。全省开发区2024年第四次“三个一批”活动举行。\n");
    expect(round(d, "山西省", 2024, 4)?.date ?? null).toBeNull();
  });
});

describe("E. a round that is only planned is not emitted", () => {
  test.each([
    ["确保在全省第三次“三个一批”活动时具备开工条件。"],
    ["力争在下一次“三个一批”活动中再签约一批优质项目。"],
    ["各地要迎接全省开发区第四次“三个一批”活动。"],
  ])("must not: %s", (sentence) => {
    expect(extract(`7月1日，祁县经济开发区召开项目推进会。会议要求，${sentence}\n`).rounds).toEqual([]);
  });
});

describe("G. venues", () => {
  test("与太原主会场同步 is the province's venue", () => {
    const d = extract(
      "8月20日，长治市举行开发区2024年第三次“三个一批”活动，以视频连线方式与太原主会场同步举行，我市分会场设在长治经开区。\n",
    );
    expect(round(d, "山西省", 2024, 3)?.venue).toBe("太原");
  });
  test("must not: a city's 签约一批 venue is not the province's", () => {
    const d = extract(
      "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动。与全省活动同步，我市“签约一批”活动在中北高新区管委会政务服务中心举行。\n",
    );
    expect(round(d, "山西省", 2024, 4)?.venue ?? null).toBeNull();
  });
});
