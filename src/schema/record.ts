// Record contract v1: the single source of the extraction record types (z.infer everywhere).
// Field names are fixed: other systems and ../shared/acceptance/score.mjs read them.
import { z } from "zod";
import { Warning } from "./warnings.js";

export const SCHEMA_VERSION = 1 as const;

export const Evidence = z
  .object({
    field: z.string().optional().describe("which field of the parent this evidence supports, e.g. 'signed.projects'"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string().describe("article.text.slice(start, end)"),
    stated: z.boolean().describe("false when the value is implied, e.g. a year taken from the publish date"),
    extractor: z.string().optional().describe("the extractor that produced it"),
  })
  .refine((e) => e.end >= e.start, { message: "evidence end before start" });
export type Evidence = z.infer<typeof Evidence>;

export const ScopeLevel = z.enum(["province", "city", "county", "zone"]);
export const Scope = z.object({
  level: ScopeLevel,
  name: z.string().min(1).describe("name in full: 山西省, 太原市"),
});
export type Scope = z.infer<typeof Scope>;

const yuan = z.number().int().nonnegative().describe("whole yuan, converted exactly from the decimal text");
export const Tally = z.object({
  projects: z.number().int().nonnegative().nullable(),
  investmentYuan: yuan.nullable(),
  outputValueYuan: yuan.nullable(),
});
export type Tally = z.infer<typeof Tally>;

/** how a round's number is written: 第三次, 第一期, 第二轮 (Henan numbers its campaign by 期; Shanxi by 次) */
export const OrdinalUnit = z.enum(["次", "期", "轮"]);
export type OrdinalUnit = z.infer<typeof OrdinalUnit>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const RoundMention = z.object({
  scope: Scope,
  year: z.number().int().min(1990).max(2100).nullable(),
  ordinal: z.number().int().min(1).max(50).nullable(),
  ordinalUnit: OrdinalUnit.optional().describe("the unit the ordinal is written with; 第N期 and 第N次 are kept apart"),
  date: isoDate.nullable(),
  venue: z.string().nullable(),
  signed: Tally.nullable(),
  started: Tally.nullable(),
  producing: Tally.nullable(),
  total: Tally.nullable(),
  evidence: z.array(Evidence),
});
export type RoundMention = z.infer<typeof RoundMention>;

export const SummaryMention = z.object({
  scope: Scope,
  year: z.number().int().min(1990).max(2100).nullable(),
  rounds: z.number().int().positive().nullable().describe("how many rounds the summary covers"),
  signed: Tally.nullable(),
  started: Tally.nullable(),
  producing: Tally.nullable(),
  total: Tally.nullable(),
  evidence: z.array(Evidence),
});
export type SummaryMention = z.infer<typeof SummaryMention>;

export const Role = z.enum(["attend", "speak", "preside", "report"]);
export type Role = z.infer<typeof Role>;
export const PersonMention = z.object({
  name: z.string().min(2).max(4).describe("simplified"),
  titles: z.array(z.string()).describe("as stated: 省委副书记, 省长"),
  roles: z.array(Role),
  evidence: z.array(Evidence),
});
export type PersonMention = z.infer<typeof PersonMention>;

export const ZoneMention = z.object({
  name: z.string().min(1).describe("canonical full name when known"),
  mention: z.string().min(1).describe("as written"),
  kind: z.string().describe("e.g. 经济技术开发区, 高新技术产业开发区, 综改示范区, 农高区"),
  evidence: z.array(Evidence),
});
export type ZoneMention = z.infer<typeof ZoneMention>;

export const FigureMention = z.object({
  subject: z.string().nullable(),
  metric: z.string(),
  value: z.number().finite(),
  unit: z.string().describe("元 for money (value in yuan); else the measure word, or %"),
  qualifier: z.string().nullable().describe("超/逾/近/约/余/多…"),
  evidence: z.array(Evidence),
});
export type FigureMention = z.infer<typeof FigureMention>;

export const GarbledSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  raw: z.string(),
  repaired: z.string().nullable(),
});
export type GarbledSpan = z.infer<typeof GarbledSpan>;

export const UncapturedNumber = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().describe("article.text.slice(start, end)"),
  subject: z.string().nullable().describe("the place, scope word (我市, 全省) or zone written last before it in its sentence"),
  roundSentence: z.boolean().describe("its sentence names a round, holds a round's values or speaks of a stage"),
});
export type UncapturedNumber = z.infer<typeof UncapturedNumber>;

export const Script = z.enum(["simplified", "traditional", "mixed"]);
export type Script = z.infer<typeof Script>;

export const Source = z.object({ path: z.string().optional(), url: z.string().optional() });
export type Source = z.infer<typeof Source>;

export const ContextSignal = z.enum(["url", "outlet", "title", "dateline", "subject", "venue", "mention"]);
export const ContextEvidence = z.object({
  signal: ContextSignal.describe("url host, outlet, title, a dateline (太原1月1日电), a sentence subject, a venue, a place named"),
  place: z.string().describe("the full name of the place the signal names: 山西省, 长治市"),
  quote: z.string().describe("article.text.slice(start, end) when it comes from the text; the metadata value otherwise"),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type ContextEvidence = z.infer<typeof ContextEvidence>;

export const ArticleContext = z.object({
  province: z.string().nullable().describe("the province the article is from and about: 山西省, 河南省"),
  city: z.string().nullable().describe("its prefecture city when the article is a city's (我市 resolves to it)"),
  county: z.string().nullable().describe("its county-level area when the article is a county's (我县)"),
  level: z.enum(["province", "city", "county"]).nullable().describe("the narrowest of the three that is known"),
  evidence: z.array(ContextEvidence),
});
export type ArticleContext = z.infer<typeof ArticleContext>;

export const Article = z.object({
  id: z.string().describe("stable content hash"),
  source: Source,
  title: z.string().nullable(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?\+08:00)?$/, "ISO 8601 date or date-time in +08:00")
    .nullable(),
  outlet: z.string().nullable().describe("来源, simplified; never a person"),
  repostOf: z
    .array(z.string())
    .optional()
    .describe("outlets the text says it was taken from (转自, 来源 …), simplified, each once, the article's own outlet left out"),
  reporters: z.array(z.string()),
  editors: z.array(z.string()),
  script: Script,
  charset: z.string().nullable().optional(),
  format: z.enum(["html", "text"]).optional(),
  text: z.string().describe("normalized simplified main text; every offset points into it"),
  context: ArticleContext.optional().describe("where the article is from and about, with the signals that say so"),
});
export type Article = z.infer<typeof Article>;

export const Normalization = z.object({
  pinyinAnnotationsRemoved: z.number().int().nonnegative(),
  garbled: z.array(GarbledSpan),
  widthFixes: z.number().int().nonnegative().optional(),
  convertedCharacters: z.number().int().nonnegative().optional(),
});
export type Normalization = z.infer<typeof Normalization>;

export const ExtractionDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: Article,
  normalization: Normalization,
  rounds: z.array(RoundMention),
  summaries: z.array(SummaryMention),
  people: z.array(PersonMention),
  zones: z.array(ZoneMention),
  figures: z.array(FigureMention),
  warnings: z.array(Warning),
  uncaptured: z
    .array(UncapturedNumber)
    .optional()
    .describe("numbers (counts, money, percentages, measures) that no record's evidence covers (extract/refine/coverage.ts)"),
});
export type ExtractionDocument = z.infer<typeof ExtractionDocument>;
