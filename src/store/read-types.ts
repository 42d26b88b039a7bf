// What the store's read side returns: filters, summaries (one line of a list) and details (one record
// with its sources, values and evidence spans). Plain JSON: the API sends them as they are, and the review page reads
// them with these types.
import type { ExtractionDocument, MergedPerson, MergedRound, MergedZone, OrdinalUnit, Scope, Tally } from "../schema/index.js";

// the record types the API's answers carry, for the review page (web/), which imports this file's declarations as
// "zhpress/api-types" (package.json exports) — one type file for the server and the page
export type { Check, Conflict, MergedSource, Tally } from "../schema/index.js";

type ScopeLevel = Scope["level"];

export interface ListFilter {
  /** default 100, at most 1000 */
  limit?: number;
  offset?: number;
}
export interface RoundFilter extends ListFilter {
  /** scope name, exact (山西省, 太原市) */
  scope?: string;
  level?: ScopeLevel;
  year?: number;
  /** dates inclusive, YYYY-MM-DD */
  from?: string;
  to?: string;
}
export interface PersonFilter extends ListFilter {
  /** substring of the name */
  name?: string;
  /** substring of any title held */
  title?: string;
}
export interface ZoneFilter extends ListFilter {
  /** substring of the name or of an alias */
  name?: string;
  kind?: string;
}
export interface ArticleFilter extends ListFilter {
  /** substring of the title or the text */
  q?: string;
  outlet?: string;
  /** articles that are a source of this round */
  roundKey?: string;
  from?: string;
  to?: string;
}

/** A page of results: `total` counts every match, `items` the ones asked for. */
export interface ResultPage<T> {
  total: number;
  items: T[];
}

/** The source a round is cited from first: the earliest-published independent source. */
export interface MainSource {
  articleId: string;
  outlet: string | null;
  url: string | null;
  path: string | null;
  publishedAt: string | null;
  /** the first quote this article gives for the round (by offset) */
  quote: string | null;
}

export interface RoundSummary {
  key: string;
  level: ScopeLevel;
  scope: string;
  year: number | null;
  ordinal: number | null;
  /** 期 or 轮 when the sources number the round so (its key ends #1期); absent for 第N次 */
  ordinalUnit?: OrdinalUnit;
  date: string | null;
  venue: string | null;
  signed: Tally | null;
  started: Tally | null;
  producing: Tally | null;
  total: Tally | null;
  sources: number;
  conflicts: number;
  failedChecks: number;
  mainSource: MainSource | null;
}

/** One stated value of a round in one article: the round_values table. */
export interface RoundValue {
  roundKey: string;
  /** year, ordinal, date, venue, signed.projects, signed.investmentYuan, … (or a stage, e.g. "signed") */
  field: string;
  /** the merged record's value for the field (null when the field is a stage or was not chosen) */
  value: string | number | null;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  stated: boolean;
  extractor: string | null;
}

export interface RoundDetail {
  summary: RoundSummary;
  /** the merged record as `zhpress merge` writes it: sources, conflicts (with quotes), checks, evidence */
  round: MergedRound;
  values: RoundValue[];
}

export interface PersonSummary {
  key: string;
  name: string;
  /** the title seen last */
  latestTitle: string | null;
  titles: string[];
  roles: string[];
  sources: number;
}
export interface PersonDetail {
  summary: PersonSummary;
  person: MergedPerson;
  mentions: MentionRow[];
}

export interface ZoneSummary {
  name: string;
  kind: string;
  aliases: string[];
  mentions: number;
  sources: number;
}
export interface ZoneDetail {
  summary: ZoneSummary;
  zone: MergedZone;
  /** rounds held in the zone (venue) or scoped to it */
  rounds: RoundSummary[];
  mentions: MentionRow[];
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  path: string | null;
  url: string | null;
  rounds: number;
  people: number;
  zones: number;
  figures: number;
}

export type MentionKind = "round" | "summary" | "person" | "zone" | "figure";

/** One evidence span of one mention in one article: the mentions table. */
export interface MentionRow {
  articleId: string;
  kind: MentionKind;
  /** index of the mention in its document's list (doc.rounds[i], doc.people[i], …) */
  mentionIndex: number;
  /** index of the evidence in the mention's evidence list */
  evidenceIndex: number;
  /** what was mentioned, readable: 山西省 2023 第3次, 王某某, 太原经济技术开发区, 地区生产总值 */
  label: string;
  field: string | null;
  /** the value the span supports, as text (null when the span only locates the mention) */
  value: string | null;
  start: number;
  end: number;
  quote: string;
  stated: boolean;
  extractor: string | null;
  /** the merged record it belongs to: a round key, a person key or a zone name; null until merged or when unmatched */
  recordKey: string | null;
}

export interface ArticleDetail {
  summary: ArticleSummary;
  /** the full extraction document: article.text and every mention with its evidence */
  document: ExtractionDocument;
  /** every evidence span, ordered by start offset, with the merged record it links to */
  mentions: MentionRow[];
}

export interface SearchResult {
  rounds: RoundSummary[];
  people: PersonSummary[];
  zones: ZoneSummary[];
  articles: ArticleSummary[];
}
