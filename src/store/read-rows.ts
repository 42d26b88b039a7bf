// Table rows → the summaries the API returns. Pure: both backends use it.
import type { Row } from "./doc-rows.js";
import { STAGES } from "../schema/index.js";
import type { ArticleSummary, MentionKind, MentionRow, PersonSummary, RoundSummary, ZoneSummary } from "./types.js";

/** LIKE pattern for "contains q", with % _ and \ escaped (ESCAPE '\'). */
export const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function limits(f: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(Math.floor(f.limit ?? 100), 1000));
  return { limit, offset: Math.max(0, Math.floor(f.offset ?? 0)) };
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const split = (v: unknown, sep: string) => (typeof v === "string" && v ? v.split(sep) : []);

/** the unit a round is numbered in, from its column; 次 is left unsaid */
const unitOf = (r: Row): Pick<RoundSummary, "ordinalUnit"> => {
  const unit = str(r.ordinal_unit);
  return unit === "期" || unit === "轮" ? { ordinalUnit: unit } : {};
};

export function roundSummary(r: Row): RoundSummary {
  const tally = (s: string) => {
    const t = {
      projects: num(r[`${s}_projects`]),
      investmentYuan: num(r[`${s}_investment_yuan`]),
      outputValueYuan: num(r[`${s}_output_value_yuan`]),
    };
    return t.projects === null && t.investmentYuan === null && t.outputValueYuan === null ? null : t;
  };
  const [signed, started, producing, total] = STAGES.map(tally);
  return {
    key: r.key as string,
    level: r.level as RoundSummary["level"],
    scope: r.scope as string,
    year: num(r.year),
    ordinal: num(r.ordinal),
    ...unitOf(r),
    date: str(r.date),
    venue: str(r.venue),
    signed,
    started,
    producing,
    total,
    sources: Number(r.sources),
    conflicts: Number(r.conflicts),
    failedChecks: Number(r.failed_checks),
    mainSource:
      r.main_article_id === null
        ? null
        : {
            articleId: r.main_article_id as string,
            outlet: str(r.main_outlet),
            url: str(r.main_url),
            path: str(r.main_path),
            publishedAt: str(r.main_published_at),
            quote: str(r.main_quote),
          },
  };
}

export function personSummary(r: Row): PersonSummary {
  return {
    key: r.key as string,
    name: r.name as string,
    latestTitle: str(r.latest_title),
    titles: split(r.titles, "、"),
    roles: split(r.roles, ","),
    sources: Number(r.sources),
  };
}

export function zoneSummary(r: Row): ZoneSummary {
  return {
    name: r.name as string,
    kind: r.kind as string,
    aliases: split(r.aliases, "、"),
    mentions: Number(r.mentions),
    sources: Number(r.sources),
  };
}

export function articleSummary(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    title: str(r.title),
    outlet: str(r.outlet),
    publishedAt: str(r.published_at),
    path: str(r.path),
    url: str(r.url),
    rounds: Number(r.rounds),
    people: Number(r.people),
    zones: Number(r.zones),
    figures: Number(r.figures),
  };
}

export function mentionRow(r: Row): MentionRow {
  return {
    articleId: r.article_id as string,
    kind: r.kind as MentionKind,
    mentionIndex: Number(r.mention_index),
    evidenceIndex: Number(r.evidence_index),
    label: r.label as string,
    field: str(r.field),
    value: str(r.value),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    quote: r.quote as string,
    stated: Number(r.stated) === 1,
    extractor: str(r.extractor),
    recordKey: str(r.record_key),
  };
}
