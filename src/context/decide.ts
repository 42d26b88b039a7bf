// Signals → the article's province, city and county. A vote weighted by how much each signal says about whose
// article it is; a city or county is named only when one clearly leads, so a province report that names many
// cities stays at the province, and 我市 is resolved only when the article says which city it is.
import type { Division } from "../data/divisions.js";
import type { ArticleContext, ContextEvidence } from "../schema/index.js";

export interface Signal {
  signal: ContextEvidence["signal"];
  divisions: readonly Division[];
  quote: string;
  start?: number;
  end?: number;
}

const WEIGHT: Record<ContextEvidence["signal"], number> = { url: 4, outlet: 4, dateline: 3, subject: 3, title: 2, venue: 2, mention: 1 };
/** plain mentions kept as evidence per place: enough to click through, not every one */
const MENTIONS_KEPT = 3;

export interface SelfReference {
  /** 我市/本市/全市 in the text */
  city: boolean;
  /** 我县/本县/全县 */
  county: boolean;
}

export function decide(signals: readonly Signal[], self: SelfReference): ArticleContext {
  const province = leader(
    tally(
      signals,
      (d) => d.province,
      () => true,
    ),
  );
  if (province === null) return { province: null, city: null, county: null, level: null, evidence: [] };
  const inProvince = signals
    .map((s) => ({ ...s, divisions: s.divisions.filter((d) => d.province === province) }))
    .filter((s) => s.divisions.length === 1);
  const city = placeBelow(inProvince, (d) => (d.level === "province" ? null : d.city), self.city);
  const county = placeBelow(
    inProvince.filter((s) => city === null || s.divisions[0].city === city),
    (d) => (d.level === "county" ? d.name : null),
    self.county,
  );
  // a county named without its city still places the article in that city
  const cityOf = city ?? inProvince.find((s) => s.divisions[0].name === county)?.divisions[0].city ?? null;
  const chosen = county ?? cityOf ?? province;
  const supports = (d: Division) => d.name === chosen || d.city === chosen || (chosen === province && d.province === province);
  return {
    province,
    city: cityOf,
    county,
    level: county !== null ? "county" : cityOf !== null ? "city" : "province",
    evidence: evidenceFor(
      inProvince.filter((s) => supports(s.divisions[0])),
      (s) => s.divisions[0].name,
    ),
  };
}

/** a city or county: a strong signal (not a plain mention) must name it, or the article must say 我市/我县.
 *  A venue counts only in an article that says 我市/我县: a province's meeting held in its capital is not the capital's. */
function placeBelow(signals: readonly Signal[], key: (d: Division) => string | null, saysSelf: boolean): string | null {
  const all = tally(signals, key, () => true);
  const strong = tally(signals, key, (s) => s.signal !== "mention" && (s.signal !== "venue" || saysSelf));
  const top = leader(all);
  if (top === null) return null;
  return strong.has(top) || (saysSelf && all.size === 1) || (saysSelf && (all.get(top) ?? 0) >= 3) ? top : null;
}

function tally(signals: readonly Signal[], key: (d: Division) => string | null, counts: (s: Signal) => boolean): Map<string, number> {
  const scores = new Map<string, number>();
  for (const s of signals) {
    if (!counts(s)) continue;
    const k = onlyKey(s.divisions, key);
    if (k !== undefined && k !== null) scores.set(k, (scores.get(k) ?? 0) + WEIGHT[s.signal]);
  }
  return scores;
}

/** the one key all the divisions have; undefined when they have several (a name shared by places in two provinces says
 * nothing on its own) or there are none. A loop, not a Set per signal: it runs five times for every place named. */
function onlyKey(divisions: readonly Division[], key: (d: Division) => string | null): string | null | undefined {
  let only: string | null | undefined;
  for (let i = 0; i < divisions.length; i++) {
    const k = key(divisions[i]);
    if (i === 0) only = k;
    else if (k !== only) return undefined;
  }
  return only;
}

/** the key that scores at least 2 and twice the next one, or null */
function leader(scores: Map<string, number>): string | null {
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  if (first === undefined || first[1] < 2) return null;
  return second === undefined || first[1] >= 2 * second[1] ? first[0] : null;
}

function evidenceFor(signals: readonly Signal[], place: (s: Signal) => string): ContextEvidence[] {
  const kept = new Map<string, number>();
  const out: ContextEvidence[] = [];
  for (const s of signals) {
    const name = place(s);
    if (s.signal === "mention") {
      if ((kept.get(name) ?? 0) >= MENTIONS_KEPT) continue;
      kept.set(name, (kept.get(name) ?? 0) + 1);
    }
    const at = s.start === undefined ? {} : { start: s.start, end: s.end };
    if (!out.some((e) => e.signal === s.signal && e.quote === s.quote && e.start === s.start && e.place === name))
      out.push({ signal: s.signal, place: name, quote: s.quote, ...at });
  }
  return out;
}
