// GET /api/check?claim=…: a journalist's claim judged against the store's merged rounds (a year's claim: its annual summaries).
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { judgeClaim, parseClaim, summariesOf } from "../../check/index.js";
import type { DatasetStore } from "../../store/types.js";
import { apiError, errorResponse } from "../errors.js";

const Verdict = z.enum(["supported", "refuted", "conflicting-sources", "not-enough-evidence"]);
const SourceReading = z
  .object({
    articleId: z.string(),
    path: z.string().optional(),
    url: z.string().optional(),
    outlet: z.string().nullable(),
    publishedAt: z.string().nullable(),
    independent: z.boolean().describe("false for a repost"),
    value: z.unknown().describe("what this article reported for the field; null when it does not say"),
    quote: z.string().nullable(),
  })
  .openapi("SourceReading");
const SubClaim = z
  .object({
    target: z.string().openapi({ example: "太原市 2022年第2次" }),
    rounds: z.array(z.string()).describe("keys of the rounds judged against"),
    field: z.string().openapi({ example: "signed.projects" }).describe("a tally field, date, venue or rounds (a year's count)"),
    claimed: z.union([z.number(), z.string()]),
    qualifier: z.string().nullable().describe("超, 近, 约 … as written"),
    recorded: z.union([z.number(), z.string()]).nullable(),
    verdict: Verdict,
    justification: z.string(),
    sources: z.array(SourceReading),
  })
  .openapi("SubClaim");
const ClaimReport = z
  .object({
    claim: z.object({}).passthrough().describe("the claim as read: scope, year, ordinals and their unit, date, venue, figures"),
    verdict: Verdict,
    justification: z.string(),
    subClaims: z.array(SubClaim).describe("one statement each: a figure of a round (and of a scope), the date, the venue"),
  })
  .openapi("ClaimReport");

export const checkRoute = createRoute({
  method: "get",
  path: "/api/check",
  summary: "Judge a claim about a round against the merged dataset",
  request: { query: z.object({ claim: z.string().min(1).max(1000).openapi({ example: "2023年第三次三个一批签约263个项目" }) }) },
  responses: {
    200: {
      description: "the verdict, each figure with every source's value and quote",
      content: { "application/json": { schema: ClaimReport } },
    },
    400: errorResponse("the claim cannot be read (no year, no round, no figure)"),
    429: errorResponse("too many requests from this client; see Retry-After"),
    503: errorResponse("the database has no merged dataset yet"),
  },
});

export function registerCheck(app: OpenAPIHono, store: DatasetStore): void {
  app.openapi(checkRoute, async (c) => {
    const { claim } = c.req.valid("query");
    const parsed = parseClaim(claim);
    if (!parsed.ok) return apiError(c, 400, `cannot read the claim: ${parsed.reason}`, "unreadable-claim");
    const dataset = await store.getDataset();
    if (dataset === null) return apiError(c, 503, `${store.location} has no merged dataset: run zhpress run <inputs> --db …`, "no-dataset");
    // a year's claim is judged against the annual summaries, which live on the stored documents (read only then)
    const summaries = parsed.claim.summary ? summariesOf((await store.listDocuments()).map((d) => d.document)) : [];
    return c.json(judgeClaim(parsed.claim, { rounds: dataset.rounds, summaries }), 200);
  });
}
