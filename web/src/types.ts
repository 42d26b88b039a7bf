// The API's shapes as the page uses them (the server's OpenAPI document at /api/openapi.json is the full contract).
export interface Tally {
  projects: number | null;
  investmentYuan: number | null;
  outputValueYuan: number | null;
}
export interface MainSource {
  articleId: string;
  outlet: string | null;
  url: string | null;
  path: string | null;
  publishedAt: string | null;
  quote: string | null;
}
export interface RoundSummary {
  key: string;
  level: string;
  scope: string;
  year: number | null;
  ordinal: number | null;
  ordinalUnit?: "次" | "期" | "轮";
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
export interface RoundValue {
  field: string;
  value: string | number | null;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  stated: boolean;
}
export interface Source {
  articleId: string;
  path?: string;
  url?: string;
  outlet: string | null;
  publishedAt: string | null;
  independent: boolean;
}
export interface Conflict {
  field: string;
  chosen?: unknown;
  values: { value: unknown; sources: string[]; quotes: string[] }[];
}
export interface Check {
  code: string;
  field?: string;
  status: "pass" | "fail" | "skipped";
  message: string;
}
export interface RoundDetail {
  summary: RoundSummary;
  round: { sources: Source[]; conflicts: Conflict[]; checks: Check[] };
  values: RoundValue[];
}
export interface MentionRow {
  articleId: string;
  kind: "round" | "summary" | "person" | "zone" | "figure";
  label: string;
  field: string | null;
  value: string | null;
  start: number;
  end: number;
  quote: string;
  recordKey: string | null;
}
export interface Span {
  start: number;
  end: number;
  quote: string;
}
export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  path: string | null;
  url: string | null;
}
export interface ArticleDetail {
  summary: ArticleSummary;
  document: { article: { text: string }; uncaptured?: Span[] };
  mentions: MentionRow[];
}
export interface PersonSummary {
  key: string;
  name: string;
  latestTitle: string | null;
  titles: string[];
  sources: number;
}
export interface ZoneSummary {
  name: string;
  kind: string;
  aliases: string[];
  mentions: number;
  sources: number;
}
export interface Page<T> {
  total: number;
  items: T[];
}
export interface SearchResult {
  rounds: RoundSummary[];
  people: PersonSummary[];
  zones: ZoneSummary[];
  articles: ArticleSummary[];
}
