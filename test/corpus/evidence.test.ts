// (b) Over the whole corpus: every evidence quote is the text it points at, every garbled span too,
// and no emitted number's evidence touches an unrepaired garbled span.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractFromBytes } from "../../src/pipeline.js";
import type { Evidence, ExtractionDocument } from "../../src/schema/index.js";
import { loadCorpus } from "../../scripts/eval/corpus.js";

const corpusDir = fileURLToPath(new URL("../../corpus", import.meta.url));
const docs: [string, ExtractionDocument][] = loadCorpus(corpusDir).map((c) => [
  c.expected.file,
  extractFromBytes({ source: { path: c.articlePath }, label: c.articlePath, bytes: readFileSync(c.articlePath), contentType: null }),
]);

const allEvidence = (d: ExtractionDocument): [string, Evidence][] =>
  (["rounds", "summaries", "people", "zones", "figures"] as const).flatMap((kind) =>
    (d[kind] as { evidence: Evidence[] }[]).flatMap((m, i) => m.evidence.map((e) => [`${kind}[${i}]`, e] as [string, Evidence])),
  );

/** Evidence of the numbers the gate counts: tallies, summaries and figures. */
const numberEvidence = (d: ExtractionDocument): [string, Evidence][] =>
  allEvidence(d).filter(([where]) => /^(rounds|summaries|figures)/.test(where));

describe.each(docs)("%s", (_, doc) => {
  const text = doc.article.text;

  it("every evidence quote is text.slice(start, end)", () => {
    const wrong = allEvidence(doc).filter(([, e]) => text.slice(e.start, e.end) !== e.quote || e.end > text.length);
    expect(wrong).toEqual([]);
  });

  it("every garbled span points at its raw or repaired text", () => {
    for (const g of doc.normalization.garbled) expect([g.raw, g.repaired]).toContain(text.slice(g.start, g.end));
  });

  it("no number comes from inside an unrepaired garbled span", () => {
    const unrepaired = doc.normalization.garbled.filter((g) => g.repaired === null);
    const inside = numberEvidence(doc).filter(([, e]) => unrepaired.some((g) => e.start >= g.start && e.end <= g.end));
    expect(inside).toEqual([]);
  });
});

describe("the corpus as a whole", () => {
  it("yields evidence to check and at least one garbled span", () => {
    expect(docs.flatMap(([, d]) => allEvidence(d)).length).toBeGreaterThan(100);
    expect(docs.some(([, d]) => d.normalization.garbled.length > 0)).toBe(true);
  });
});
