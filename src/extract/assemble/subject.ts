// Who a subject written in the text is, for a summary's owner and a venue: a zone the zone scanner found there, 全省,
// a Shanxi city or county, or a self word (我区, 我市, 我县: resolved by self-words.ts, the one place that does).
import type { Evidence, Scope } from "../../schema/index.js";
import type { ExtractContext } from "../context.js";
import type { ArticleHits } from "../hits.js";
import { CITY_NAMES, COUNTY_NAMES } from "../places.js";
import { PROVINCE } from "../scan/tally-scope.js";
import { SELF_WORDS, selfScope } from "../self-words.js";

const SUBJECT_WORD_RE = new RegExp(
  `(?<province>全省|我省|山西省|山西)|(?<selfZone>${SELF_WORDS.zone})|(?<selfCity>${SELF_WORDS.city})|(?<selfCounty>${SELF_WORDS.county})` +
    `|(?<city>${CITY_NAMES})|(?<county>${COUNTY_NAMES})`,
  "u",
);

export interface NamedScope {
  scope: Scope;
  evidence: Evidence;
}

/**
 * The scope a subject written in text[start, end) names, with its quote: a zone found there wins over the place
 * words around it (太原市综改区 is the zone). null: it names one the article does not resolve (我市 with no city
 * known) or two zones; undefined: it names none.
 */
export function subjectScope(
  ctx: ExtractContext,
  hits: Pick<ArticleHits, "zones">,
  start: number,
  end: number,
  extractor: string,
): NamedScope | null | undefined {
  const evidenceOf = (s: number, e: number, stated: boolean): Evidence => ({
    field: "scope",
    start: s,
    end: e,
    quote: ctx.text.slice(s, e),
    stated,
    extractor,
  });
  const zones = hits.zones.filter((z) => z.start >= start && z.end <= end);
  if (new Set(zones.map((z) => z.name)).size > 1) return null;
  if (zones.length > 0) return { scope: { level: "zone", name: zones[0].name }, evidence: evidenceOf(zones[0].start, zones[0].end, true) };
  const m = SUBJECT_WORD_RE.exec(ctx.text.slice(start, end));
  const g = m?.groups;
  if (!m || !g) return undefined;
  const at = start + m.index;
  const said = (scope: Scope, stated = true) => ({ scope, evidence: evidenceOf(at, at + m[0].length, stated) });
  if (g.province) return said(PROVINCE);
  if (g.city) return said({ level: "city", name: g.city });
  if (g.county) return said({ level: "county", name: g.county });
  const self = selfScope(ctx, g.selfZone ? "zone" : g.selfCity ? "city" : "county", hits.zones);
  return self && said(self, false);
}
