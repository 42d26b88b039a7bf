// One assembler (plus its refiners) over one text, through the real scanners: what extractAll runs for that kind.
import type { ExtractContext, Span } from "../../src/extract/context.js";
import { scanArticle } from "../../src/extract/hits.js";
import { assembleFigures } from "../../src/extract/assemble/figures.js";
import { assemblePeople } from "../../src/extract/assemble/people.js";
import { assembleRounds } from "../../src/extract/assemble/rounds.js";
import { assembleSummaries } from "../../src/extract/assemble/summaries.js";
import { assembleZones } from "../../src/extract/assemble/zones.js";
import { mergeRepeats, unclaimed } from "../../src/extract/refine/figures.js";
import { roundsOfOwn } from "../../src/extract/refine/rounds.js";
import type { FigureMention, PersonMention, RoundMention, SummaryMention, Warning, ZoneMention } from "../../src/schema/index.js";

export function extractRounds(ctx: ExtractContext, warnings: Warning[] = []): RoundMention[] {
  return roundsOfOwn(assembleRounds(ctx, scanArticle(ctx), warnings));
}

export function extractSummaries(ctx: ExtractContext): SummaryMention[] {
  return assembleSummaries(ctx, scanArticle(ctx));
}

export function extractPeople(ctx: ExtractContext): PersonMention[] {
  return assemblePeople(ctx, scanArticle(ctx));
}

export function extractZones(ctx: ExtractContext): ZoneMention[] {
  return assembleZones(scanArticle(ctx));
}

/** `claimed`: spans a round or summary quotes, whose numbers are no figures */
export function extractFigures(ctx: ExtractContext, claimed: Span[] = []): FigureMention[] {
  const hits = scanArticle(ctx);
  return mergeRepeats(assembleFigures(ctx, hits, unclaimed(hits.quantities, claimed)));
}
