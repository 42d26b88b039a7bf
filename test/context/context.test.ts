// Article context: where an article is from and about, with evidence. Texts written for these tests (invented facts).
import { describe, expect, test } from "vitest";
import { readArticleContext, type ContextInput } from "../../src/context/index.js";
import { extractFromBytes } from "../../src/pipeline.js";

const ctx = (text: string, meta: Partial<Omit<ContextInput, "text">> = {}) =>
  readArticleContext({ text, title: null, outlet: null, ...meta });

describe("must place", () => {
  test.each([
    [
      "a Henan page in traditional script (normalized) is Henan",
      "1月6日，全省第十六期“三个一批”项目建设活动举行。此次活动主会场设在洛阳市，各省辖市设分会场。从各地情况看，郑州、开封、新乡、许昌均超百亿元。",
      {},
      { province: "河南省", city: null, level: "province" },
    ],
    [
      "only 我市, with a 太原日报 outlet, is 太原市",
      "3月2日，我市与全省同步举行开发区2024年第一次“三个一批”活动。我市共签约项目20个。",
      { outlet: "太原日报" },
      { province: "山西省", city: "太原市", level: "city" },
    ],
    [
      "a Shanxi province report naming many cities is the province's",
      "全省开发区2023年第四次“三个一批”活动举行。大同市签约项目20个；阳泉市签约项目15个；长治市签约项目23个；晋城市签约项目19个。运城市举行了开发区签约仪式。忻州市举行了开发区签约仪式。",
      {},
      { province: "山西省", city: null, level: "province" },
    ],
    [
      "a city subject of the round sentence places a city report",
      "2月26日，临汾市举行开发区2022年第一次“三个一批”活动。此次活动共签约项目33个。",
      {},
      { province: "山西省", city: "临汾市", level: "city" },
    ],
    [
      "a dateline",
      "中新网晋中3月5日电 晋中市开发区项目集中开工，共开工项目12个。",
      {},
      { province: "山西省", city: "晋中市", level: "city" },
    ],
    [
      "a Henan host with no place in the text",
      "今天，全省各地同步举行第八期“三个一批”项目建设活动，数千个项目集中签约、开工、投产。",
      { url: "https://www.hntv.tv/news/1.html" },
      { province: "河南省", city: null, level: "province" },
    ],
    [
      "a county: 我县 and the outlet named after it",
      "我县与全省同步举行开发区项目集中开工活动。",
      { outlet: "襄垣县融媒体中心" },
      { province: "山西省", city: "长治市", county: "襄垣县", level: "county" },
    ],
    [
      "a city's .gov.cn host spells it in pinyin",
      "我市与全省同步举行开发区“三个一批”活动。",
      { url: "http://www.changzhi.gov.cn/xwzx/1.html" },
      { province: "山西省", city: "长治市", level: "city" },
    ],
  ])("%s", (_, text, meta, want) => {
    expect(ctx(text, meta)).toMatchObject(want);
  });
});

describe("must not place", () => {
  test.each([
    ["no place at all", "今天，全省各地同步举行项目建设活动。", {}],
    ["two provinces equally", "山西和河南两省的开发区代表交流经验。", {}],
    ["a reposting portal as outlet", "全省各地同步举行项目建设活动。", { outlet: "搜狐", url: "https://www.sohu.com/a/1" }],
  ])("%s: no province", (_, text, meta) => {
    expect(ctx(text, meta)).toMatchObject({ province: null, city: null, county: null, level: null, evidence: [] });
  });

  test.each([
    [
      "a province's meeting in its capital is not the capital's",
      "省十四届人大常委会第九次会议在太原举行。会议决定任命张明为山西省副省长。",
    ],
    ["one plain mention of a city without 我市", "山西省开发区建设推进会召开，大同市代表作交流发言。全省开发区签约项目233个。"],
    [
      "a province round's venue in the title is no city",
      "晋中市开发区项目建设成效显著，全省开发区签约项目263个。",
      "全省开发区2023年第三次“三个一批”活动在晋中国家农高区举行",
    ],
    ["a province's main venue is no city", "全省开发区第一次“三个一批”活动在太原主会场举行，临汾市、运城市、长治市同步设分会场。"],
  ])("%s: no city", (_, text, title?: string) => {
    expect(ctx(text, { title: title ?? null })).toMatchObject({ province: "山西省", city: null, level: "province" });
  });
});

describe("evidence", () => {
  test("text signals quote article.text at their offsets; metadata signals quote the value", () => {
    const text = "3月2日，我市与全省同步举行开发区2024年第一次“三个一批”活动，我市分会场设在晋源区。";
    const c = ctx(text, { outlet: "太原日报", url: "https://example.com/a" });
    expect(c.evidence.length).toBeGreaterThan(1);
    for (const e of c.evidence) {
      if (e.start === undefined) expect(["outlet", "url", "title"]).toContain(e.signal);
      else expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(c.evidence).toContainEqual({ signal: "outlet", place: "太原市", quote: "太原日报" });
  });

  test("a Henan page in traditional script, through the pipeline", () => {
    const text = "全省第十六期「三個一批」項目建設活動舉行。此次活動主會場設在洛陽市，鄭州、開封、新鄉均設分會場。";
    const doc = extractFromBytes({ source: { path: "h.txt" }, label: "h.txt", bytes: Buffer.from(text), contentType: null });
    expect(doc.article.script).toBe("traditional");
    expect(doc.article.context).toMatchObject({ province: "河南省", level: "province" });
  });

  test("extractFromBytes puts the context on the article, from the file's URL header too", () => {
    const bytes = Buffer.from("URL: https://www.hntv.tv/a/1\n\n今天，全省第八期“三个一批”项目建设活动举行。\n");
    const doc = extractFromBytes({ source: { path: "a.txt" }, label: "a.txt", bytes, contentType: null });
    expect(doc.article.context).toMatchObject({ province: "河南省", evidence: [{ signal: "url", place: "河南省", quote: "www.hntv.tv" }] });
  });
});
