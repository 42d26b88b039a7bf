// Merge scaling: the corpus articles, extracted once, cloned into N near-similar documents (paragraphs
// shuffled, some scrambled into new text, figures nudged) and merged at growing N. Flat
// per-document time means merge is linear. Run: npm run build && node dist/scripts/bench/merge-scale.js [500 2000 8000]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { globSync } from "tinyglobby";
import { mergeDocuments } from "../../src/merge/index.js";
import { extractFromBytes } from "../../src/pipeline.js";
import type { ExtractionDocument } from "../../src/schema/index.js";
import { seeded, type Rng } from "./articles.js";

const SEED = 20240607;
const DEFAULT_SIZES = [500, 2000, 8000];
// at most this share of paragraphs is scrambled (its characters shuffled, so its shingles are new and
// shared with no other document): some clones of one article sit near the similarity threshold
const MAX_SCRAMBLED_SHARE = 0.8;
const DIGIT = /\d/g;

function corpusDocs(root: string): ExtractionDocument[] {
  const files = globSync("corpus/articles/*.{txt,html}", { cwd: root }).sort();
  return files.map((f) => extractFromBytes({ source: { path: f }, label: f, bytes: readFileSync(join(root, f)), contentType: null }));
}

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** One near-similar clone of a corpus document: same extraction, edited text, its own id and day. */
function clone(rng: Rng, base: ExtractionDocument, n: number): ExtractionDocument {
  const scrambledShare = rng() * MAX_SCRAMBLED_SHARE;
  const paragraphs = base.article.text.split("\n").map((p) => (rng() < scrambledShare ? shuffle(rng, [...p]).join("") : p));
  // a nudged figure in one paragraph of ten: reposts that retype a number
  const text = shuffle(rng, paragraphs)
    .map((p) => (rng() < 0.1 ? p.replace(DIGIT, (d) => String((Number(d) + 1) % 10)) : p))
    .join("\n");
  const day = String(1 + (n % 28)).padStart(2, "0");
  return {
    ...base,
    article: { ...base.article, id: `syn-${n.toString(36)}`, text, publishedAt: base.article.publishedAt && `${base.article.publishedAt.slice(0, 8)}${day}` },
  };
}

export function syntheticDocs(root: string, count: number, seed = SEED): ExtractionDocument[] {
  const rng = seeded(seed);
  const bases = corpusDocs(root);
  return Array.from({ length: count }, (_, n) => clone(rng, bases[n % bases.length], n));
}

function main(): void {
  const root = resolve(import.meta.dirname, "../../..");
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log("docs\tmerge ms\tµs/doc\tgroups\trounds\tpeople");
  for (const size of sizes.length ? sizes : DEFAULT_SIZES) {
    const docs = syntheticDocs(root, size);
    mergeDocuments(docs.slice(0, 50)); // warm the JIT on a small batch
    const t0 = performance.now();
    const merged = mergeDocuments(docs);
    const ms = performance.now() - t0;
    console.log([size, ms.toFixed(0), ((ms * 1000) / size).toFixed(0), merged.duplicateGroups.length, merged.rounds.length, merged.people.length].join("\t"));
  }
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("bench", "merge-scale.js"))) main();
