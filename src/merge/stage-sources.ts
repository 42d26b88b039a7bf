// One stage, one source: the count and the amounts a merged stage shows are each voted on (vote.ts), which could take
// the count from one article and the money from another without a word. When no article states every value the vote
// chose for a stage, each chosen value that has no conflict of its own gets one (reason "split-stage"), listing the
// articles that state it: the conflict is then recorded for the count and for the money alike.
import {
  fieldPath,
  splitFieldPath,
  TALLY_FIELDS,
  type Conflict,
  type FieldPath,
  type MergedSource,
  type RoundMention,
  type Stage,
  type Tally,
} from "../schema/index.js";
import { groupBy } from "./group.js";

export interface StageSighting {
  mention: RoundMention;
  source: MergedSource;
}

/** the split-stage conflicts of one stage's merged tally (none when one article states all its values) */
export function splitStageConflicts(stage: Stage, tally: Tally | null, sightings: StageSighting[], conflicts: Conflict[]): Conflict[] {
  if (tally === null) return [];
  const chosen = TALLY_FIELDS.filter((f) => tally[f] !== null);
  if (chosen.length < 2) return [];
  const byArticle = [...groupBy(sightings, (s) => s.source.articleId)];
  const states = (of: StageSighting[], f: (typeof chosen)[number]) => of.some((s) => s.mention[stage]?.[f] === tally[f]);
  if (byArticle.some(([, of]) => chosen.every((f) => states(of, f)))) return [];
  return chosen
    .map((f) => ({ f, field: fieldPath(stage, f) }))
    .filter(({ field }) => !conflicts.some((c) => c.field === field))
    .map(({ f, field }) => {
      const stating = byArticle.filter(([, of]) => states(of, f));
      const quotes = stating.flatMap(([, of]) => of.flatMap((s) => quoteOf(s.mention, field)));
      return {
        field,
        chosen: tally[f],
        reason: "split-stage" as const,
        values: [{ value: tally[f], sources: stating.map(([id]) => id), quotes: [...new Set(quotes)] }],
      };
    });
}

/** the quote an extractor recorded for the field, else for its stage */
function quoteOf(mention: RoundMention, field: FieldPath): string[] {
  const stage = splitFieldPath(field).stage;
  const e = mention.evidence.find((x) => x.field === field) ?? mention.evidence.find((x) => x.field === stage);
  return e ? [e.quote] : [];
}
