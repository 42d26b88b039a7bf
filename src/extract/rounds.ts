// Rounds: one RoundMention per (scope, round) per article. A round is named by an anchor (2023年第三次“三个一批”);
// its date sits in the anchor's sentence, its venue after 主会场, its tallies are bound to the nearest anchor,
// and a city's tallies make the city's own mention sharing the round's year, ordinal and date.
import type { Evidence, RoundMention, Scope, Tally, Warning } from "../schema/index.js";
import type { ExtractContext } from "./context.js";
import { scanDates, type DateMention } from "./dates.js";
import { CUMULATIVE_WORDS } from "./patterns.js";
import { scanAnchors, type RoundAnchor } from "./round-anchors.js";
import { scanVenues, type VenueHit } from "./venues.js";
import { summarySentences } from "./summaries.js";
import { talliesOf, type Stage } from "./tally.js";

interface Field {
  value: string | number;
  evidence: Evidence[];
  headline: boolean;
}
interface Draft {
  scope: Scope;
  year: number | null;
  ordinal: number;
  fields: Map<string, Field>;
}

const CUMULATIVE_RE = new RegExp(CUMULATIVE_WORDS, "u");
const STAGES: readonly Stage[] = ["signed", "started", "producing", "total"];
const PROVINCE: Scope = { level: "province", name: "山西省" };

export function extractRounds(ctx: ExtractContext, warnings: Warning[]): RoundMention[] {
  const anchors = scanAnchors(ctx);
  if (!anchors.some((a) => !a.foreign)) return [];
  const drafts = new Map<string, Draft>();
  const draftFor = (scope: Scope, a: RoundAnchor): Draft => {
    const key = `${scope.level}:${scope.name}:${a.year}:${a.ordinal}`;
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = { scope, year: a.year, ordinal: a.ordinal, fields: new Map() }));
    return d;
  };
  const set = (d: Draft, name: string, value: string | number, evidence: Evidence[], headline: boolean) =>
    setField(ctx, warnings, d, name, value, evidence, headline);

  for (const a of anchors) {
    if (a.foreign) continue;
    const d = draftFor(PROVINCE, a);
    const quote = ctx.text.slice(a.start, a.end);
    const ev = (field: string, stated: boolean): Evidence => ({ field, start: a.start, end: a.end, quote, stated, extractor: "rounds" });
    if (a.year !== null) set(d, "year", a.year, [ev("year", a.yearStated)], a.sentence.headline);
    set(d, "ordinal", a.ordinal, [ev("ordinal", true)], a.sentence.headline);
    const date = dateOfAnchor(a, scanDates(ctx.text, ctx.publishedAt, a.sentence.start, a.sentence.end));
    if (date) set(d, "date", date.date, [{ field: "date", start: date.start, end: date.end, quote: ctx.text.slice(date.start, date.end), stated: date.stated, extractor: "rounds" }], false);
  }
  // the best-ranked venue per round, first in the text among equals; spellings vary, so no disagreement warning
  const venues = new Map<Draft, VenueHit>();
  for (const v of scanVenues(ctx)) {
    const a = anchorFor(ctx, anchors, v.start, false);
    const d = a && !a.foreign ? draftFor(PROVINCE, a) : null;
    const had = d ? venues.get(d) : undefined;
    if (d && (!had || v.rank < had.rank)) venues.set(d, v);
  }
  for (const [d, v] of venues) d.fields.set("venue", { value: v.venue, evidence: [{ field: "venue", start: v.start, end: v.end, quote: v.venue, stated: true, extractor: "rounds" }], headline: false });
  const inSummary = summarySentences(ctx);
  for (const t of talliesOf(ctx)) {
    if (inSummary.has(t.sentence)) continue;
    const a = anchorFor(ctx, anchors, t.start, t.sentence.headline);
    if (!a || a.foreign) continue;
    // 今年以来累计签约… is a running total, not this round, unless the round is named in the sentence
    const sentence = ctx.text.slice(t.sentence.start, t.sentence.end);
    if (CUMULATIVE_RE.test(sentence) && a.sentence !== t.sentence && !sentence.includes("本次")) continue;
    const d = draftFor(t.scope, a);
    const byField = (f: string) => t.evidence.filter((e) => e.field === f);
    const scopeEv = byField("scope");
    set(d, `${t.stage}.projects`, t.projects, [...byField(`${t.stage}.projects`), ...scopeEv], t.sentence.headline);
    if (t.investmentYuan !== null) set(d, `${t.stage}.investmentYuan`, t.investmentYuan, byField(`${t.stage}.investmentYuan`), t.sentence.headline);
    if (t.outputValueYuan !== null) set(d, `${t.stage}.outputValueYuan`, t.outputValueYuan, byField(`${t.stage}.outputValueYuan`), t.sentence.headline);
  }
  return [...drafts.values()].filter(ownsRound).map((d) => toMention(d, drafts));
}

/** a zone's or county's single figure is a figure of the article; with two stages or a total it is its own round */
function ownsRound(d: Draft): boolean {
  if (d.scope.level === "province" || d.scope.level === "city") return true;
  const stages = new Set([...d.fields.keys()].map((k) => k.split(".")[0]));
  return stages.has("total") || stages.size >= 2;
}

/** the last anchor before `at`; before any anchor, only a headline or the anchor's own line reads forward */
function anchorFor(ctx: ExtractContext, anchors: RoundAnchor[], at: number, headline: boolean): RoundAnchor | null {
  let last: RoundAnchor | null = null;
  for (const a of anchors) if (a.start <= at) last = a;
  if (last) return last;
  const next = anchors.find((a) => a.start > at);
  return next && (headline || !ctx.text.slice(at, next.start).includes("\n")) ? next : null;
}

/** the date closest to the anchor in its sentence; a partial date takes the round's stated year */
function dateOfAnchor(a: RoundAnchor, dates: DateMention[]): DateMention | null {
  if (dates.length === 0) return null;
  const d = dates.reduce((best, x) => (Math.abs(x.start - a.start) < Math.abs(best.start - a.start) ? x : best));
  if (d.stated || !a.yearStated || a.year === null) return d;
  const date = `${a.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return Number.isNaN(Date.parse(date)) ? null : { ...d, year: a.year, date, stated: true };
}

/** first value stated in the body wins; a headline's value gives way; any disagreement is a warning */
function setField(ctx: ExtractContext, warnings: Warning[], d: Draft, name: string, value: string | number, evidence: Evidence[], headline: boolean): void {
  const had = d.fields.get(name);
  if (!had) {
    d.fields.set(name, { value, evidence, headline });
    return;
  }
  if (had.value === value) {
    if (had.headline && !headline) d.fields.set(name, { value, evidence, headline }); // cite the body, not the headline
    return;
  }
  const [first] = evidence;
  warnings.push({
    code: "round-inconsistent",
    message: `${d.scope.name} ${d.year ?? "?"}年第${d.ordinal}次: ${name} is ${had.value} in one place and ${value} in another (${ctx.text.slice(first?.start ?? 0, first?.end ?? 0)})`,
    ...(first ? { start: first.start, end: first.end } : {}),
  });
  if (had.headline && !headline) d.fields.set(name, { value, evidence, headline });
}

function toMention(d: Draft, drafts: Map<string, Draft>): RoundMention {
  const f = (name: string) => d.fields.get(name);
  // a city's mention shares the round's date, which is stated once for the province
  const province = drafts.get(`province:山西省:${d.year}:${d.ordinal}`);
  const date = f("date") ?? province?.fields.get("date");
  const tally = (stage: Stage): Tally | null => {
    const [projects, investmentYuan, outputValueYuan] = ["projects", "investmentYuan", "outputValueYuan"].map((k) => f(`${stage}.${k}`)?.value);
    if (projects === undefined && investmentYuan === undefined && outputValueYuan === undefined) return null;
    return { projects: (projects as number) ?? null, investmentYuan: (investmentYuan as number) ?? null, outputValueYuan: (outputValueYuan as number) ?? null };
  };
  const fields = [...d.fields.values()];
  const seen = new Set<string>();
  const evidence = [...fields, ...(date && !f("date") ? [date] : [])]
    .flatMap((x) => x.evidence)
    .filter((e) => !seen.has(`${e.field}:${e.start}`) && !!seen.add(`${e.field}:${e.start}`));
  const [signed, started, producing, total] = STAGES.map(tally);
  return {
    scope: d.scope,
    year: d.year,
    ordinal: d.ordinal,
    date: (date?.value as string) ?? null,
    venue: (f("venue")?.value as string) ?? null,
    signed,
    started,
    producing,
    total,
    evidence,
  };
}
