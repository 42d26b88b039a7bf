import { describe, expect, test } from "vitest";
import { mergeDocuments } from "../../src/merge/index.js";
import { samePerson, titleFamilies } from "../../src/merge/people.js";
import { makeDoc } from "./fixtures.js";

const person = (name: string, titles: string[]) => ({ name, titles, roles: ["attend" as const] });

describe("people", () => {
  test("one person across articles: title history with first and last date seen", () => {
    const a = makeDoc({ publishedAt: "2022-02-28", people: [person("王某某", ["省委副书记", "省长"])] });
    const b = makeDoc({ publishedAt: "2022-07-05T10:00+08:00", body: "二", people: [person("王某某", ["省长"])] });
    const c = makeDoc({ publishedAt: "2023-09-02", body: "三", people: [person("王某某", ["省委书记"])] });
    const [p] = mergeDocuments([a, b, c]).people;
    expect(p.key).toBe("王某某");
    expect(p.titles).toEqual([
      { title: "省委副书记", firstSeen: "2022-02-28", lastSeen: "2022-02-28", sources: [a.article.id] },
      { title: "省长", firstSeen: "2022-02-28", lastSeen: "2022-07-05", sources: [a.article.id, b.article.id] },
      { title: "省委书记", firstSeen: "2023-09-02", lastSeen: "2023-09-02", sources: [c.article.id] },
    ]);
    expect(p.sources).toHaveLength(3);
  });

  test("same name, an official and a chairman never at the same round: two records with disambiguated keys", () => {
    const a = makeDoc({ rounds: [{ ordinal: 1 }], people: [person("孙某", ["市委书记"])] });
    const b = makeDoc({ body: "乙", rounds: [{ ordinal: 2 }], people: [person("孙某", ["董事长"])] });
    expect(
      mergeDocuments([a, b])
        .people.map((p) => p.key)
        .sort(),
    ).toEqual(["孙某|enterprise", "孙某|public"]);
  });

  test("an untitled mention joins the titled person", () => {
    const a = makeDoc({ people: [person("李某某", ["副省长"])] });
    const b = makeDoc({ body: "乙", people: [person("李某某", [])] });
    expect(mergeDocuments([a, b]).people).toMatchObject([{ key: "李某某", sources: [a.article.id, b.article.id] }]);
  });

  test.each([
    [["省委书记"], ["public"]],
    [["董事长"], ["enterprise"]],
    [["招商大使"], []],
    [["主持人"], ["other"]],
  ])("titleFamilies(%j) = %j", (titles, families) => expect([...titleFamilies(titles)]).toEqual(families));

  test("an untitled mention between two careers joins the one it shares a round with, else stays apart", () => {
    const official = makeDoc({ rounds: [{ ordinal: 1 }], people: [person("孙某", ["市委书记"])] });
    const chairman = makeDoc({ body: "乙", rounds: [{ ordinal: 2 }], people: [person("孙某", ["董事长"])] });
    const atRound2 = makeDoc({ body: "丙", rounds: [{ ordinal: 2 }], people: [person("孙某", [])] });
    const nowhere = makeDoc({ body: "丁", people: [person("孙某", [])] });
    const people = mergeDocuments([official, chairman, atRound2, nowhere]).people;
    expect(people.map((p) => [p.key, p.sources.length]).sort()).toEqual([
      ["孙某|enterprise", 2],
      ["孙某|public", 1],
      ["孙某|untitled", 1],
    ]);
  });

  test("careers join through a bridging sighting, in any input order; without the bridge they stay two", () => {
    const official = makeDoc({ rounds: [{ ordinal: 1 }], people: [person("孙某", ["市委书记"])] });
    const chairman = makeDoc({ body: "乙", rounds: [{ ordinal: 2 }], people: [person("孙某", ["董事长"])] });
    const bridge = makeDoc({ body: "丙", rounds: [{ ordinal: 1 }], people: [person("孙某", ["总经理"])] });
    for (const docs of [
      [official, chairman, bridge],
      [bridge, chairman, official],
      [chairman, official, bridge],
    ])
      expect(mergeDocuments(docs).people.map((p) => [p.key, p.sources.length])).toEqual([["孙某", 3]]);
    expect(mergeDocuments([official, chairman]).people).toHaveLength(2);
  });

  test("one person in many articles: each title lists each source once", () => {
    const docs = Array.from({ length: 50 }, (_, i) => makeDoc({ body: `第${i}篇`, people: [person("王某某", ["省长", "省长"])] }));
    const [p] = mergeDocuments([...docs, ...docs]).people;
    expect(p.titles).toHaveLength(1);
    expect(p.titles[0].sources).toEqual(docs.map((d) => d.article.id));
  });

  test("different families at the same round are one person", () => {
    const r = new Set(["province|山西省|2022|#1"]);
    expect(samePerson({ families: new Set(["public"]), rounds: r }, { families: new Set(["enterprise"]), rounds: r })).toBe(true);
    expect(samePerson({ families: new Set(["public"]), rounds: r }, { families: new Set(["enterprise"]), rounds: new Set() })).toBe(false);
  });
});

describe("zones", () => {
  test("one record per canonical zone with the aliases seen, mention count and sources", () => {
    const zone = (mention: string) => ({ name: "山西转型综合改革示范区", mention, kind: "综改示范区" });
    const a = makeDoc({ zones: [zone("山西综改示范区"), zone("山西转型综合改革示范区")] });
    const b = makeDoc({
      body: "乙",
      zones: [zone("山西综改示范区"), { name: "清徐经济开发区", mention: "清徐经济开发区", kind: "经济开发区" }],
    });
    expect(mergeDocuments([a, b]).zones).toEqual([
      {
        name: "山西转型综合改革示范区",
        kind: "综改示范区",
        aliases: ["山西综改示范区"],
        mentions: 3,
        sources: [a.article.id, b.article.id],
      },
      { name: "清徐经济开发区", kind: "经济开发区", aliases: [], mentions: 1, sources: [b.article.id] },
    ]);
  });
});
