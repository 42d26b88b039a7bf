// One value per field from many sources: independent sources vote, stated evidence beats implied,
// and every disagreement is kept as a conflict with each value's sources and quotes.
import type { Conflict, Evidence, MergedSource } from "../schema/index.js";
import { groupBy } from "./group.js";

/** One source's reading of one field. */
export interface Reading<T> {
  value: T;
  source: MergedSource;
  /** the evidence behind the value, when the extractor recorded one */
  evidence: Evidence | null;
}

export interface Verdict<T> {
  value: T | null;
  conflict: Conflict | null;
}

const keyOf = (v: unknown) => JSON.stringify(v);

/**
 * Rule: a value's weight is (independent sources stating it, independent sources, all sources).
 * The heaviest value wins. On a tie, the value of the earliest-published independent source wins
 * (the original report), then the value read first. Reposts never outvote their original.
 */
export function vote<T>(field: string, readings: Reading<T>[]): Verdict<T> {
  if (readings.length === 0) return { value: null, conflict: null };
  const byValue = groupBy(readings, (r) => keyOf(r.value));
  const weigh = (rs: Reading<T>[]) => {
    const independent = distinct(rs.filter((r) => r.source.independent));
    const stated = distinct(rs.filter((r) => r.source.independent && r.evidence?.stated !== false));
    const earliest = independent.map((r) => r.source.publishedAt ?? "9999").sort()[0] ?? "9999";
    return { stated: stated.length, independent: independent.length, all: distinct(rs).length, earliest };
  };
  const ranked = [...byValue.values()]
    .map((rs, order) => ({ rs, order, w: weigh(rs) }))
    .sort(
      (a, b) =>
        b.w.stated - a.w.stated ||
        b.w.independent - a.w.independent ||
        b.w.all - a.w.all ||
        a.w.earliest.localeCompare(b.w.earliest) ||
        a.order - b.order,
    );
  const value = ranked[0].rs[0].value;
  if (ranked.length === 1) return { value, conflict: null };
  return {
    value,
    conflict: {
      field,
      chosen: value,
      values: ranked.map(({ rs }) => ({
        value: rs[0].value,
        sources: [...new Set(rs.map((r) => r.source.articleId))],
        quotes: [...new Set(rs.flatMap((r) => (r.evidence ? [r.evidence.quote] : [])))],
      })),
    },
  };
}

/** One reading per article: an article repeating a figure is still one source. */
function distinct<T>(rs: Reading<T>[]): Reading<T>[] {
  const seen = new Set<string>();
  return rs.filter((r) => !seen.has(r.source.articleId) && seen.add(r.source.articleId));
}
