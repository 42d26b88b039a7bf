// Extract: normalized text + context → every mention with its evidence, as one visible configuration.
//   1. scanners (scan/, run in order by hits.ts): raw hits found once per article into one ArticleHits value —
//      三个一批 marks → round anchors → summary anchors → tallies → dates → venues → zones → people → quantities.
//   2. assemblers (assemble/): functions of (context, hits) that build rounds, summaries, people, zones, figures.
//   3. refiners (refine/): list → list — drafts that are rounds of their own, quantities rounds did not claim,
//      repeated figures merged; last, the numbers no record claims (coverage).
// Patterns live in patterns/ (one constants module per domain); a new kind of tally phrasing is one more pattern
// in the tally scanner's constants, patterns/tallies.ts. text/ holds shared services, not extractors: the one
// sentence splitter, numeral parsing and the segmenter.
import type { FigureMention, PersonMention, RoundMention, SummaryMention, Warning, ZoneMention } from "../schema/index.js";
import { withBlockedIndex, type ExtractContext } from "./context.js";
import { scanArticle } from "./hits.js";
import { assembleFigures } from "./assemble/figures.js";
import { assemblePeople } from "./assemble/people.js";
import { assembleRounds } from "./assemble/rounds.js";
import { assembleSummaries } from "./assemble/summaries.js";
import { assembleZones } from "./assemble/zones.js";
import { claimedSpans, mergeRepeats, unclaimed } from "./refine/figures.js";
import { roundsOfOwn } from "./refine/rounds.js";
import { uncapturedNumbers } from "./refine/coverage.js";
export { loadSegmenter, prepareSegmenter } from "./text/segment.js";

export type { ExtractContext, Span } from "./context.js";
export type { ArticleHits } from "./hits.js";

export interface Extraction {
  rounds: RoundMention[];
  summaries: SummaryMention[];
  people: PersonMention[];
  zones: ZoneMention[];
  figures: FigureMention[];
  warnings: Warning[];
  /** numbers no record claims (refine/coverage.ts) */
  uncaptured: ReturnType<typeof uncapturedNumbers>;
}

export function extractAll(article: ExtractContext): Extraction {
  const ctx = withBlockedIndex(article);
  const warnings: Warning[] = [];
  const hits = scanArticle(ctx);
  const rounds = roundsOfOwn(assembleRounds(ctx, hits, warnings));
  const summaries = assembleSummaries(ctx, hits);
  const people = assemblePeople(ctx, hits);
  const zones = assembleZones(hits);
  // figures skip the numbers rounds and summaries already quote
  const quantities = unclaimed(hits.quantities, claimedSpans([...rounds, ...summaries]));
  const figures = mergeRepeats(assembleFigures(ctx, hits, quantities));
  const uncaptured = uncapturedNumbers(ctx, hits, { rounds, summaries, people, zones, figures }, warnings);
  return { rounds, summaries, people, zones, figures, warnings, uncaptured };
}
