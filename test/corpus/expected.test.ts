// (a) Every expected file validates and names an article that exists; every article has expected facts.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ExpectedArticle } from "../../scripts/eval/expected.js";
import { CorpusError, loadCorpus, loadExpected } from "../../scripts/eval/corpus.js";

const corpusDir = fileURLToPath(new URL("../../corpus", import.meta.url));
const cases = loadCorpus(corpusDir);

describe("corpus expected files", () => {
  it("hold at least 18 articles", () => expect(cases.length).toBeGreaterThanOrEqual(18));

  it.each(cases.map((c) => [c.expectedPath, c] as const))("%s names an existing article", (_, c) => {
    expect(existsSync(c.articlePath)).toBe(true);
  });

  it("leave no article without expected facts", () => {
    const named = new Set(cases.map((c) => c.expected.file));
    const articles = readdirSync(join(corpusDir, "articles")).map((n) => `articles/${n}`);
    expect(articles.filter((a) => !named.has(a))).toEqual([]);
  });

  it("cover the phenomena the issues name", () => {
    const all = cases.map((c) => c.expected);
    expect(all.some((e) => e.article.script === "traditional")).toBe(true);
    expect(all.some((e) => e.minPinyinAnnotationsRemoved > 0)).toBe(true);
    expect(all.some((e) => e.minGarbledSpans > 0)).toBe(true);
    expect(all.some((e) => e.summaries.length > 0)).toBe(true);
    expect(all.some((e) => e.rounds.some((r) => r.level === "city" && r.total))).toBe(true);
    expect(all.some((e) => e.forbidden.rounds.length > 0)).toBe(true);
    expect(all.filter((e) => e.rounds.length === 0 && e.summaries.length === 0).length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(join(corpusDir, "articles")).some((n) => n.endsWith(".html"))).toBe(true);
  });
});

describe("a malformed expected file", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhpress-expected-"));
  const write = (name: string, body: string) => (writeFileSync(join(dir, name), body), join(dir, name));
  const valid = loadExpected(cases[0].expectedPath);

  it.each([
    ["not-json", "{ rounds: ", /not-json\.json: cannot read expected facts/],
    ["missing-field", JSON.stringify({ ...valid, people: undefined }), /missing-field\.json: malformed expected facts/],
    ["unknown-field", JSON.stringify({ ...valid, peeple: [] }), /unknown-field\.json: malformed expected facts/],
    ["unknown-role", JSON.stringify({ ...valid, people: [{ name: "林武", roles: ["sing"] }] }), /unknown-role\.json[\s\S]*roles/],
    [
      "tally-typo",
      JSON.stringify({ ...valid, rounds: [{ scope: "山西省", level: "province", year: 2022, ordinal: 1, signed: { project: 3 } }] }),
      /tally-typo\.json/,
    ],
    [
      "expected-and-forbidden",
      JSON.stringify({ ...valid, figures: [{ value: 7, unit: "个" }], forbidden: { numbers: [7] } }),
      /both expected and forbidden/,
    ],
  ])("fails loudly, naming the file: %s", (name, body, message) => {
    const path = write(`${name}.json`, body);
    expect(() => loadExpected(path)).toThrow(CorpusError);
    expect(() => loadExpected(path)).toThrow(message);
  });

  it("accepts the smallest valid file", () => {
    const minimal = {
      file: "articles/x.txt",
      about: "none",
      article: { publishedAt: null, outlet: null, script: "simplified" },
      rounds: [],
      people: [],
      zones: [],
      figures: [],
    };
    expect(ExpectedArticle.parse(minimal).neutral).toEqual({ people: [], zones: [], numbers: [] });
  });
});
