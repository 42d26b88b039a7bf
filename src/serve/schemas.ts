// The API's response shapes as zod schemas: they generate the OpenAPI document, and the type checks at
// the bottom keep them equal to the store's interfaces (a field added to one and not the other fails tsc).
import { z } from "@hono/zod-openapi";
import { MergedRound } from "../schema/index.js";
import type * as Store from "../store/types.js";

const level = z.enum(["province", "city", "county", "zone"]);

export const MainSource = z.object({
  articleId: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string().nullable(),
  publishedAt: z.string().nullable(),
  quote: z.string().nullable(),
});

export const RoundSummary = z
  .object({
    key: z.string(),
    level,
    scope: z.string(),
    // the merged round's own fields, as the dataset has them
    ...MergedRound.pick({
      year: true,
      ordinal: true,
      ordinalUnit: true,
      date: true,
      venue: true,
      signed: true,
      started: true,
      producing: true,
      total: true,
    }).shape,
    sources: z.number().int(),
    conflicts: z.number().int(),
    failedChecks: z.number().int(),
    mainSource: MainSource.nullable(),
  })
  .openapi("RoundSummary");

export const RoundValue = z
  .object({
    roundKey: z.string(),
    field: z.string(),
    value: z.union([z.string(), z.number()]).nullable(),
    articleId: z.string(),
    quote: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    stated: z.boolean(),
    extractor: z.string().nullable(),
  })
  .openapi("RoundValue");

export const MentionRow = z
  .object({
    articleId: z.string(),
    kind: z.enum(["round", "summary", "person", "zone", "figure"]),
    mentionIndex: z.number().int(),
    evidenceIndex: z.number().int(),
    label: z.string(),
    field: z.string().nullable(),
    value: z.string().nullable(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    stated: z.boolean(),
    extractor: z.string().nullable(),
    recordKey: z.string().nullable(),
  })
  .openapi("MentionRow");

export const PersonSummary = z
  .object({
    key: z.string(),
    name: z.string(),
    latestTitle: z.string().nullable(),
    titles: z.array(z.string()),
    roles: z.array(z.string()),
    sources: z.number().int(),
  })
  .openapi("PersonSummary");

export const ZoneSummary = z
  .object({ name: z.string(), kind: z.string(), aliases: z.array(z.string()), mentions: z.number().int(), sources: z.number().int() })
  .openapi("ZoneSummary");

export const ArticleSummary = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: z.string().nullable(),
    path: z.string().nullable(),
    url: z.string().nullable(),
    rounds: z.number().int(),
    people: z.number().int(),
    zones: z.number().int(),
    figures: z.number().int(),
  })
  .openapi("ArticleSummary");

export const page = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

export const SearchResult = z
  .object({ rounds: z.array(RoundSummary), people: z.array(PersonSummary), zones: z.array(ZoneSummary), articles: z.array(ArticleSummary) })
  .openapi("SearchResult");

export const StoreStats = z
  .object({
    pages: z.number().int(),
    documents: z.number().int(),
    articles: z.number().int(),
    rounds: z.number().int(),
    people: z.number().int(),
    zones: z.number().int(),
    mergedAt: z.string().nullable(),
  })
  .openapi("StoreStats");

export const ApiError = z.object({ error: z.string(), code: z.string().optional() }).openapi("Error");

// compile-time: each schema and the store interface it documents are the same shape, both ways
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const _shapesAgree: [
  Same<z.infer<typeof RoundSummary>, Store.RoundSummary>,
  Same<z.infer<typeof RoundValue>, Store.RoundValue>,
  Same<z.infer<typeof MentionRow>, Store.MentionRow>,
  Same<z.infer<typeof PersonSummary>, Store.PersonSummary>,
  Same<z.infer<typeof ZoneSummary>, Store.ZoneSummary>,
  Same<z.infer<typeof ArticleSummary>, Store.ArticleSummary>,
  Same<z.infer<typeof StoreStats>, Store.StoreStats>,
] = [true, true, true, true, true, true, true];
