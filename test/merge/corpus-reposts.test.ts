// The corpus story reposted by three outlets with one differing figure, through the real pipeline:
// one merged round, the reposts grouped under the original, the conflict with both values.
import { describe, expect, test } from "vitest";
import { mergeDocuments } from "../../src/merge/index.js";
import { extractInput } from "../../src/pipeline.js";
import { resolveOptions } from "../../src/options.js";

const FILES = ["09-2023-3-repost-sxrb.html", "10-2023-3-repost-hhnews.html", "11-2023-3-repost-econ.txt", "18-2023-3-pinyin-words.txt"];

describe("corpus: 2023 #3 reposted by three outlets", async () => {
  const opts = resolveOptions({});
  const docs = await Promise.all(FILES.map((f) => extractInput({ kind: "file", path: `corpus/articles/${f}` }, opts)));
  const ds = mergeDocuments(docs);
  const id = (i: number) => docs[i].article.id;

  test("one merged round", () => {
    expect(ds.rounds.map((r) => r.key)).toEqual(["province|山西省|2023|#3"]);
  });
  test("the three reposts form one group whose original is the earliest, 山西日报", () => {
    expect(ds.duplicateGroups).toEqual([{ id: `dup-${id(0)}`, articles: [id(0), id(1), id(2)], original: id(0), kind: "near" }]);
    expect(ds.rounds[0].sources.map((s) => [s.outlet, s.independent])).toEqual([
      ["山西日报", true],
      ["黄河新闻网", false],
      ["山西经济日报", false],
      ["山西教育报", true],
    ]);
  });
  test("the differing figure is a conflict with both values and their sources; the original's value is kept", () => {
    const r = ds.rounds[0];
    expect(r.started?.projects).toBe(231);
    const c = r.conflicts.find((x) => x.field === "started.projects")!;
    expect(c.values.map((v) => v.value)).toEqual([231, 213]);
    expect(c.values[0].sources).toEqual(expect.arrayContaining([id(0), id(1)]));
    expect(c.values[1].sources).toEqual([id(2)]);
    expect(c.values[1].quotes).toEqual(["开工项目213个"]);
  });
});
