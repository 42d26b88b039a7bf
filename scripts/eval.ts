// The corpus gate: runs the real pipeline on every corpus article and scores it against its
// expected facts; fails (exit 1) when a score falls below its floor in corpus/baseline.json.
// Usage: node dist/scripts/eval.js [--corpus DIR] [--update [--allow-lower]] [--json] [--verbose]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { extractFromBytes } from "../src/pipeline.js";
import type { ExtractionDocument } from "../src/schema/index.js";
import { belowFloors, readBaseline, updateFloors, writeBaseline } from "./eval/baseline.js";
import { loadCorpus, type CorpusCase } from "./eval/corpus.js";
import { flatScores, formatReport, summarize } from "./eval/report.js";
import { scoreArticle, type ArticleScore } from "./eval/score.js";

const USAGE = "usage: eval [--corpus DIR] [--update [--allow-lower]] [--json] [--verbose]";

/** Runs the pipeline on one article; an article it cannot read scores as an empty document. */
export function evaluateCase(c: CorpusCase): ArticleScore & { error?: string } {
  let doc: ExtractionDocument;
  try {
    const bytes = readFileSync(c.articlePath);
    doc = extractFromBytes({ source: { path: c.articlePath }, label: c.articlePath, bytes, contentType: null });
  } catch (e) {
    const error = `${c.articlePath}: ${(e as Error).message.split("\n")[0]}`;
    return { ...scoreArticle(c.expected, emptyDocument(c.articlePath)), error };
  }
  return scoreArticle(c.expected, doc);
}

function emptyDocument(path: string): ExtractionDocument {
  const article = {
    id: "",
    source: { path },
    title: null,
    publishedAt: null,
    outlet: null,
    reporters: [],
    editors: [],
    script: "simplified" as const,
    text: "",
  };
  return {
    schemaVersion: 1,
    article,
    normalization: { pinyinAnnotationsRemoved: 0, garbled: [] },
    rounds: [],
    summaries: [],
    people: [],
    zones: [],
    figures: [],
    warnings: [],
  };
}

export function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const known = ["--corpus", "--update", "--allow-lower", "--json", "--verbose"];
  const unknown = [...flags].filter((f) => !known.includes(f));
  if (unknown.length || (flags.has("--allow-lower") && !flags.has("--update"))) {
    console.error(unknown.length ? `unknown flag ${unknown[0]}\n${USAGE}` : `--allow-lower only goes with --update\n${USAGE}`);
    return 2;
  }
  const corpusDir = flags.has("--corpus") ? argv[argv.indexOf("--corpus") + 1] : "corpus";
  if (!corpusDir || corpusDir.startsWith("--")) return (console.error(USAGE), 2);
  const baselinePath = join(corpusDir, "baseline.json");
  let cases: CorpusCase[];
  let baseline;
  try {
    cases = loadCorpus(corpusDir);
    baseline = readBaseline(baselinePath);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const scores = cases.map(evaluateCase);
  const report = summarize(scores);
  const current = flatScores(report);
  const log = flags.has("--json") ? console.error : console.log;
  for (const s of scores) if (s.error) console.error(`cannot extract ${s.error}`);
  if (flags.has("--verbose")) for (const s of scores) for (const m of s.misses) log(`${s.file}: ${m}`);

  if (flags.has("--update")) {
    const next = updateFloors(baseline.floors, current, flags.has("--allow-lower"));
    writeBaseline(baselinePath, { about: baseline.about ?? ABOUT, floors: next.floors });
    for (const d of next.lowered) console.error(`LOWERED FLOOR ${d.score}: ${d.floor} → ${d.current} (--allow-lower)`);
    log(`${baselinePath}: ${next.raised.length} floors raised, ${next.lowered.length} lowered`);
    baseline = { floors: next.floors };
  }
  const drops = belowFloors(current, baseline.floors);
  if (flags.has("--json")) console.log(JSON.stringify({ report, scores: current, belowFloor: drops, articles: scores }, null, 2));
  else console.log(formatReport(report));
  for (const d of drops) console.error(`BELOW FLOOR ${d.score}: ${d.current.toFixed(4)} < ${d.floor} (corpus/baseline.json)`);
  return drops.length ? 1 : 0;
}

const ABOUT =
  "Floors for npm run eval: a score below its floor fails the gate. Raise with `npm run eval -- --update`; lowering needs --allow-lower too.";

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
