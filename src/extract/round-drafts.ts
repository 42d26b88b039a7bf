// Drafts of round mentions within one article: one per (scope, round), a field set once (the body's value over a
// headline's, a disagreement a warning), then turned into RoundMentions with evidence for each field.
import { STAGES, type Evidence, type RoundMention, type Scope, type Stage, type Tally, type Warning } from "../schema/index.js";
import type { ExtractContext } from "./context.js";
import type { RoundAnchor } from "./round-anchors.js";

export interface Field {
  value: string | number;
  evidence: Evidence[];
  headline: boolean;
}
export interface Draft {
  scope: Scope;
  year: number | null;
  ordinal: number;
  fields: Map<string, Field>;
}

/** the drafts of one article, keyed by scope and round, and the one way to set a field on them */
export interface Book {
  ctx: ExtractContext;
  warnings: Warning[];
  drafts: Map<string, Draft>;
}

export function draftFor(book: Book, scope: Scope, a: RoundAnchor): Draft {
  const key = `${scope.level}:${scope.name}:${a.year}:${a.ordinal}`;
  let d = book.drafts.get(key);
  if (!d) book.drafts.set(key, (d = { scope, year: a.year, ordinal: a.ordinal, fields: new Map() }));
  return d;
}

export function evidenceAt(ctx: ExtractContext, field: string, start: number, end: number, stated: boolean): Evidence {
  return { field, start, end, quote: ctx.text.slice(start, end), stated, extractor: "rounds" };
}

/** a zone's or county's single figure is a figure of the article; with two stages or a total it is its own round */
export function ownsRound(d: Draft): boolean {
  if (d.scope.level === "province" || d.scope.level === "city") return true;
  const stages = new Set([...d.fields.keys()].map((k) => k.split(".")[0]));
  return stages.has("total") || stages.size >= 2;
}

/** first value stated in the body wins; a headline's value gives way; any disagreement is a warning */
export function setField(
  { ctx, warnings }: Book,
  d: Draft,
  name: string,
  value: string | number,
  evidence: Evidence[],
  headline: boolean,
): void {
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

export function toMention(d: Draft, drafts: Map<string, Draft>): RoundMention {
  const f = (name: string) => d.fields.get(name);
  // a city's mention shares the round's date, which is stated once for the province
  const province = drafts.get(`province:山西省:${d.year}:${d.ordinal}`);
  const date = f("date") ?? province?.fields.get("date");
  const tally = (stage: Stage): Tally | null => {
    const [projects, investmentYuan, outputValueYuan] = ["projects", "investmentYuan", "outputValueYuan"].map(
      (k) => f(`${stage}.${k}`)?.value,
    );
    if (projects === undefined && investmentYuan === undefined && outputValueYuan === undefined) return null;
    return {
      projects: (projects as number) ?? null,
      investmentYuan: (investmentYuan as number) ?? null,
      outputValueYuan: (outputValueYuan as number) ?? null,
    };
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
