// Merged records written by `zhpress merge` / `zhpress run`. The merge stage fills them in.
import { z } from "zod";
import { Evidence, OrdinalUnit, Scope, Tally } from "./record.js";

export const MergedSource = z.object({
  articleId: z.string(),
  path: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  duplicateGroup: z.string().describe("id of the group of reposts this article belongs to"),
  independent: z.boolean().describe("false for a repost of another source in the batch"),
});
export type MergedSource = z.infer<typeof MergedSource>;

export const ConflictValue = z.object({
  value: z.unknown(),
  sources: z.array(z.string()).describe("article ids"),
  quotes: z.array(z.string()),
});
export const Conflict = z.object({
  field: z.string().describe("e.g. date, signed.projects"),
  chosen: z.unknown().optional().describe("the value the merged record took (see merge/vote.ts for the rule)"),
  reason: z
    .enum(["split-stage"])
    .optional()
    .describe("set when the values agree: split-stage = no one source states this stage's count and amounts together"),
  values: z.array(ConflictValue),
});
export type Conflict = z.infer<typeof Conflict>;

export const Check = z.object({
  code: z.string().describe("parts-vs-total, summary-vs-rounds, date-order, repeated-figures, numbering"),
  field: z.string().optional().describe("the figure checked, e.g. total.projects, signed.investmentYuan"),
  status: z.enum(["pass", "fail", "skipped"]),
  message: z.string(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
});
export type Check = z.infer<typeof Check>;

export const MergedRound = z.object({
  key: z.string(),
  scope: Scope,
  year: z.number().int().nullable(),
  ordinal: z.number().int().nullable(),
  ordinalUnit: OrdinalUnit.optional(),
  date: z.string().nullable(),
  venue: z.string().nullable(),
  signed: Tally.nullable(),
  started: Tally.nullable(),
  producing: Tally.nullable(),
  total: Tally.nullable(),
  sources: z.array(MergedSource),
  conflicts: z.array(Conflict),
  checks: z.array(Check),
  evidence: z.array(Evidence.and(z.object({ articleId: z.string() }))),
});
export type MergedRound = z.infer<typeof MergedRound>;

export const TitleSpan = z.object({
  title: z.string(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  sources: z.array(z.string()),
});
export const MergedPerson = z.object({
  key: z.string(),
  name: z.string(),
  titles: z.array(TitleSpan),
  roles: z.array(z.string()),
  sources: z.array(z.string()),
});
export type MergedPerson = z.infer<typeof MergedPerson>;

export const MergedZone = z.object({
  name: z.string(),
  kind: z.string(),
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  sources: z.array(z.string()),
});
export type MergedZone = z.infer<typeof MergedZone>;

export const MergedDataset = z.object({
  schemaVersion: z.literal(1),
  rounds: z.array(MergedRound),
  people: z.array(MergedPerson),
  zones: z.array(MergedZone),
  duplicateGroups: z.array(
    z.object({ id: z.string(), articles: z.array(z.string()), original: z.string().nullable(), kind: z.enum(["exact", "near"]) }),
  ),
  checks: z.array(Check),
});
export type MergedDataset = z.infer<typeof MergedDataset>;
