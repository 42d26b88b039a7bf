// Merge scaling: the corpus articles, extracted once, turned into N near-similar documents and merged
// at growing N. Each article yields many stories (most paragraphs scrambled into new text, the rest
// kept, so stories of one article share stock passages but are no duplicates); each story is
// reposted a few times (paragraphs shuffled, some scrambled, figures nudged: some reposts sit near
// the similarity threshold). Flat per-document time means merge is linear. Run: npm run build && node dist/scripts/bench/merge-scale.js [500 2000 8000]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { globSync } from "tinyglobby";
import { mergeDocuments } from "../../src/merge/index.js";
import { extractFromBytes } from "../../src/pipeline.js";
import type { ExtractionDocument } from "../../src/schema/index.js";
import { seeded, type Rng } from "./articles.js";

const SEED = 20240607;
const DEFAULT_SIZES = [500, 2000, 8000];
// share of an article's paragraphs scrambled into each story (scrambled characters make shingles no
// other document has); the kept rest is what stories of one article have in common
const STORY_SCRAMBLED_SHARE = 0.6;
const REPOSTS_PER_STORY = 6;
// at most this share of a story's paragraphs is scrambled again in a repost
const MAX_REPOST_SCRAMBLED_SHARE = 0.5;
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

const scramble = (rng: Rng, share: number, paragraphs: string[]) =>
  paragraphs.map((p) => (rng() < share ? shuffle(rng, [...p]).join("") : p));

/** One repost of a story: the story's extraction, edited text, its own id and day. */
function repost(rng: Rng, story: ExtractionDocument, n: number): ExtractionDocument {
  const paragraphs = scramble(rng, rng() * MAX_REPOST_SCRAMBLED_SHARE, story.article.text.split("\n"));
  // a nudged figure in one paragraph of ten: reposts that retype a number
  const text = shuffle(rng, paragraphs)
    .map((p) => (rng() < 0.1 ? p.replace(DIGIT, (d) => String((Number(d) + 1) % 10)) : p))
    .join("\n");
  const day = String(1 + (n % 28)).padStart(2, "0");
  return {
    ...story,
    article: {
      ...story.article,
      id: `syn-${n.toString(36)}`,
      text,
      publishedAt: story.article.publishedAt && `${story.article.publishedAt.slice(0, 8)}${day}`,
    },
  };
}

export function syntheticDocs(root: string, count: number, seed = SEED): ExtractionDocument[] {
  const rng = seeded(seed);
  const bases = corpusDocs(root);
  const docs: ExtractionDocument[] = [];
  for (let s = 0; docs.length < count; s++) {
    const base = bases[s % bases.length];
    const story = {
      ...base,
      article: { ...base.article, text: scramble(rng, STORY_SCRAMBLED_SHARE, base.article.text.split("\n")).join("\n") },
    };
    for (let r = 0; r < REPOSTS_PER_STORY && docs.length < count; r++) docs.push(repost(rng, story, docs.length));
  }
  return docs;
}

function main(): void {
  const root = resolve(import.meta.dirname, "../../..");
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  console.log("docs\tmerge ms\tµs/doc\tgroups\trounds\tpeople");
  for (const size of sizes.length ? sizes : DEFAULT_SIZES) {
    const docs = syntheticDocs(root, size);
    mergeDocuments(docs.slice(0, 50)); // warm the JIT on a small batch
    const t0 = performance.now();
    const merged = mergeDocuments(docs);
    const ms = performance.now() - t0;
    console.log(
      [
        size,
        ms.toFixed(0),
        ((ms * 1000) / size).toFixed(0),
        merged.duplicateGroups.length,
        merged.rounds.length,
        merged.people.length,
      ].join("\t"),
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("bench", "merge-scale.js"))) main();
