// The ordered extractor configuration: text + context → every mention with its evidence.
// Rounds and summaries run first; figures skip the numbers they already claimed.
import type { FigureMention, PersonMention, RoundMention, SummaryMention, Warning, ZoneMention } from "../schema/index.js";
import type { ExtractContext, Span } from "./context.js";
import { extractRounds } from "./rounds.js";
import { extractSummaries } from "./summaries.js";
import { extractPeople } from "./people.js";
import { extractZones } from "./zones.js";
import { extractFigures } from "./figures.js";

export type { ExtractContext, Span } from "./context.js";

export interface Extraction {
  rounds: RoundMention[];
  summaries: SummaryMention[];
  people: PersonMention[];
  zones: ZoneMention[];
  figures: FigureMention[];
  warnings: Warning[];
}

export function extractAll(ctx: ExtractContext): Extraction {
  const warnings: Warning[] = [];
  const rounds = extractRounds(ctx, warnings);
  const summaries = extractSummaries(ctx, warnings);
  const claimed: Span[] = [...rounds, ...summaries].flatMap((m) => m.evidence.map(({ start, end }) => ({ start, end })));
  const zones = extractZones(ctx, warnings);
  return {
    rounds,
    summaries,
    people: extractPeople(ctx, warnings),
    zones,
    // figures name their subject by zone: hand over the zones found once
    figures: extractFigures(ctx, claimed, warnings, zones),
    warnings,
  };
}
