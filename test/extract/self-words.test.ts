// Self words (我市, 我县, 我区) resolved in one place, src/extract/self-words.ts: a tally's subject, a summary's owner, a
// venue written as a self word, a city holding the round and a city's 分会场 all name the same scope for the same article,
// and nobody when the article does not say which. Texts written for these tests.
import { describe, expect, test } from "vitest";
import type { ExtractContext } from "../../src/extract/context.js";
import { articleZone, selfLevel, selfScope } from "../../src/extract/self-words.js";
import type { RoundMention } from "../../src/schema/index.js";
import { expectHonestEvidence } from "../helpers/expect.js";
import { extractRounds, extractSummaries } from "../helpers/extract.js";

const ctxOf = (text: string, city: string | null, county: string | null = null): ExtractContext => ({
  text,
  publishedAt: "2024-11-27",
  blocked: [],
  article: { province: "山西省", city, county, level: county ? "county" : city ? "city" : "province", evidence: [] },
});
const key = (r: RoundMention) => `${r.scope.level}:${r.scope.name} ${r.year}#${r.ordinal}`;
const roundsOf = (text: string, city: string | null, county: string | null = null) => {
  const rounds = extractRounds(ctxOf(text, city, county));
  for (const r of rounds) expectHonestEvidence(text, r);
  return rounds;
};

describe("selfLevel: the self words and the level each names", () => {
  test.each([
    ["我市", "city"],
    ["本市", "city"],
    ["我县", "county"],
    ["本县", "county"],
    ["我区", "zone"],
    ["本区", "zone"],
  ])("%s → %s", (word, level) => expect(selfLevel(word)).toBe(level));

  test.each(["我省", "全省", "太原市", "该市", "市", "我市区", ""])("%s is no self word", (word) => expect(selfLevel(word)).toBeNull());
});

describe("selfScope: the article's city, county or one zone, else nobody", () => {
  const ctx = ctxOf("", "长治市", "襄垣县");
  test("city and county from the context stage", () => {
    expect(selfScope(ctx, "city")).toEqual({ level: "city", name: "长治市" });
    expect(selfScope(ctx, "county")).toEqual({ level: "county", name: "襄垣县" });
  });
  test("a zone: the one zone the article names, counted by name", () => {
    const zones = [{ name: "长治经济技术开发区" }, { name: "长治经济技术开发区" }];
    expect(selfScope(ctx, "zone", zones)).toEqual({ level: "zone", name: "长治经济技术开发区" });
    expect(articleZone(zones)).toBe("长治经济技术开发区");
  });
  test("nobody: no city or county known, two zones, or no zones given", () => {
    expect(selfScope(ctxOf("", null), "city")).toBeNull();
    expect(selfScope({ text: "", publishedAt: null, blocked: [] }, "county")).toBeNull();
    expect(selfScope(ctx, "zone", [{ name: "长治高新技术产业开发区" }, { name: "长治经济技术开发区" }])).toBeNull();
    expect(selfScope(ctx, "zone")).toBeNull();
  });
});

// the same article read by every route that meets a self word: each names the city the context stage gives, or nobody
describe("every route resolves 我市 the same way", () => {
  const ROUND = "全省开发区2024年第四次“三个一批”活动";
  test.each([
    ["a tally's subject", `${ROUND}举行。我市签约项目12个，总投资30亿元。`, "city:太原市 2024#4"],
    ["a city holding the round", `11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动。`, "city:太原市 2024#4"],
    ["a city's 分会场", `${ROUND}举行，我市分会场设在太原武宿综合保税区。我市签约项目12个。`, "city:太原市 2024#4"],
  ])("%s", (_name, text, want) => {
    expect(roundsOf(text, "太原市").map(key)).toContain(want);
    // no city known: the self word names nobody, and never the province
    const unknown = roundsOf(text, null);
    expect(unknown.map(key).filter((k) => k.startsWith("city:"))).toEqual([]);
    for (const r of unknown.filter((x) => x.scope.level === "province")) expect(r.signed?.projects ?? null).not.toBe(12);
  });

  // a county's round needs two stages of its own (refine/rounds.ts)
  test("我县 holding the round is the article's county, and its figures nobody's when the county is not known", () => {
    const text = "11月26日，我县与全省同步举行开发区2024年第四次“三个一批”活动，签约项目5个，开工项目3个。";
    const county = roundsOf(text, "长治市", "襄垣县").find((r) => r.scope.level === "county");
    expect(county && key(county)).toBe("county:襄垣县 2024#4");
    expect(county?.signed?.projects).toBe(5);
    const rounds = roundsOf(text, "长治市", null);
    expect(rounds.map(key)).toEqual(["province:山西省 2024#4"]);
    expect(rounds[0].signed).toBeNull();
  });

  test("a venue written as 我区 is the one zone the article names (stated false), else no venue", () => {
    const text = `晋城经开区召开大会。${ROUND}在我区举行。`;
    const [r] = roundsOf(text, null);
    expect(r.venue).toBe("晋城经济技术开发区");
    expect(r.evidence.find((e) => e.field === "venue")).toMatchObject({ quote: "我区", stated: false });
    expect(roundsOf(`长治高新区和长治经开区召开大会。${ROUND}在我区举行。`, null)[0].venue).toBeNull();
  });

  test("a summary's 我市 is the article's city, and no summary without one", () => {
    const text = "2023年，我市先后开展“三个一批”活动4次，签约项目120个。";
    const [s] = extractSummaries(ctxOf(text, "太原市"));
    expect(s.scope).toEqual({ level: "city", name: "太原市" });
    expect(extractSummaries(ctxOf(text, null))).toEqual([]);
  });
});
