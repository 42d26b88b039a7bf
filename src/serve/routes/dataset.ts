// The merged dataset, read from the store: rounds, people, zones, articles, search and counts.
import { createRoute, z, type OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import { MergedPerson, MergedRound, MergedZone, ExtractionDocument } from "../../schema/index.js";
import type { DatasetStore } from "../../store/types.js";
import { apiError, errorResponse } from "../errors.js";
import * as S from "../schemas.js";

const paging = {
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: "default 100" }),
  offset: z.coerce.number().int().min(0).optional(),
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { "application/json": { schema } } });
const common = {
  400: errorResponse("a query parameter is not valid"),
  429: errorResponse("too many requests from this client; see Retry-After"),
};
const notFound = errorResponse("no such record");

const list = <Q extends z.ZodRawShape, T extends z.ZodType>(path: string, summary: string, query: Q, item: T) =>
  createRoute({
    method: "get",
    path,
    summary,
    request: { query: z.object({ ...paging, ...query }) },
    responses: { 200: json("one page of matches; total counts them all", S.page(item)), ...common },
  } satisfies RouteConfig);

const one = <T extends z.ZodType>(path: string, param: string, summary: string, schema: T) =>
  createRoute({
    method: "get",
    path,
    summary,
    request: { params: z.object({ [param]: z.string().min(1) }) },
    responses: { 200: json("the record", schema), 404: notFound, ...common },
  } satisfies RouteConfig);

export const routes = {
  rounds: list(
    "/api/rounds",
    "Rounds, in dataset order",
    {
      scope: z.string().optional(),
      level: z.enum(["province", "city", "county", "zone"]).optional(),
      year: z.coerce.number().int().optional(),
      from: day.optional(),
      to: day.optional(),
    },
    S.RoundSummary,
  ),
  round: one(
    "/api/rounds/{key}",
    "key",
    "One round: the merged record, its values with quotes, and a summary",
    z.object({ summary: S.RoundSummary, round: MergedRound, values: z.array(S.RoundValue) }),
  ),
  people: list("/api/people", "People", { name: z.string().optional(), title: z.string().optional() }, S.PersonSummary),
  person: one(
    "/api/people/{key}",
    "key",
    "One person with every mention",
    z.object({ summary: S.PersonSummary, person: MergedPerson, mentions: z.array(S.MentionRow) }),
  ),
  zones: list("/api/zones", "Zones", { name: z.string().optional(), kind: z.string().optional() }, S.ZoneSummary),
  zone: one(
    "/api/zones/{name}",
    "name",
    "One zone with its rounds and mentions",
    z.object({ summary: S.ZoneSummary, zone: MergedZone, rounds: z.array(S.RoundSummary), mentions: z.array(S.MentionRow) }),
  ),
  articles: list(
    "/api/articles",
    "Articles",
    {
      q: z.string().optional(),
      outlet: z.string().optional(),
      round: z.string().optional().openapi({ description: "a round key: its sources" }),
      from: day.optional(),
      to: day.optional(),
    },
    S.ArticleSummary,
  ),
  article: one(
    "/api/articles/{id}",
    "id",
    "One article: its text, every mention and the record each links to",
    z.object({ summary: S.ArticleSummary, document: ExtractionDocument, mentions: z.array(S.MentionRow) }),
  ),
};

export const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  summary: "Names, zones, outlets, titles and dates containing q",
  request: { query: z.object({ q: z.string().min(1), limit: z.coerce.number().int().min(1).max(100).optional() }) },
  responses: { 200: json("matches of each kind", S.SearchResult), ...common },
});

export const statsRoute = createRoute({
  method: "get",
  path: "/api/stats",
  summary: "What the database holds",
  responses: { 200: json("counts and when the dataset was merged", S.StoreStats), 429: common[429] },
});

export function registerDataset(app: OpenAPIHono, store: DatasetStore): void {
  const found = <T>(c: Parameters<Parameters<typeof app.openapi>[1]>[0], value: T | null, what: string) =>
    value === null ? apiError(c, 404, `no ${what}`, "not-found") : c.json(value as object, 200);
  app.openapi(routes.rounds, async (c) => c.json(await store.listRounds(c.req.valid("query")), 200));
  app.openapi(routes.round, async (c) => found(c, await store.getRound(c.req.valid("param").key), `round ${c.req.valid("param").key}`));
  app.openapi(routes.people, async (c) => c.json(await store.listPeople(c.req.valid("query")), 200));
  app.openapi(routes.person, async (c) => found(c, await store.getPerson(c.req.valid("param").key), `person ${c.req.valid("param").key}`));
  app.openapi(routes.zones, async (c) => c.json(await store.listZones(c.req.valid("query")), 200));
  app.openapi(routes.zone, async (c) => found(c, await store.getZone(c.req.valid("param").name), `zone ${c.req.valid("param").name}`));
  app.openapi(routes.articles, async (c) => {
    const { round, ...rest } = c.req.valid("query");
    return c.json(await store.listArticles({ ...rest, roundKey: round }), 200);
  });
  app.openapi(routes.article, async (c) => found(c, await store.getArticle(c.req.valid("param").id), `article ${c.req.valid("param").id}`));
  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json(await store.search(q, limit), 200);
  });
  app.openapi(statsRoute, async (c) => c.json(await store.stats(), 200));
}
