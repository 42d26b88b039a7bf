// Expected facts for one corpus article: what the article states, in the record contract's shape.
// Read by scripts/eval.ts and test/corpus; a malformed file fails loudly, naming the file.
import { z } from "zod";
import { Role, ScopeLevel, Script } from "../../src/schema/record.js";

/** "canonical|alias|alias": any spelling matches (zones, venues, scopes, outlets). */
export const Spellings = z.string().min(1).describe("accepted spellings separated by |");
export const spellings = (spec: string): string[] => spec.split("|");

const count = z.number().int().nonnegative();
const yuan = z.number().int().nonnegative().describe("whole yuan");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** Only the values the article states; an absent key means "not stated", so emitting one is a false positive. */
export const ExpectedTally = z.strictObject({ projects: count, investmentYuan: yuan, outputValueYuan: yuan }).partial();
export type ExpectedTally = z.infer<typeof ExpectedTally>;

const stages = {
  signed: ExpectedTally.optional(),
  started: ExpectedTally.optional(),
  producing: ExpectedTally.optional(),
  total: ExpectedTally.optional(),
};

export const ExpectedRound = z.strictObject({
  scope: Spellings.describe("scope name in full: 山西省, 太原市"),
  level: ScopeLevel,
  year: z.number().int().nullable(),
  ordinal: z.number().int().positive().nullable(),
  date: isoDate.nullable().default(null),
  venue: Spellings.nullable().default(null),
  ...stages,
});
export type ExpectedRound = z.infer<typeof ExpectedRound>;

export const ExpectedSummary = z.strictObject({
  scope: Spellings,
  year: z.number().int().nullable(),
  rounds: z.number().int().positive().nullable().default(null),
  ...stages,
});
export type ExpectedSummary = z.infer<typeof ExpectedSummary>;

export const ExpectedPerson = z.strictObject({
  name: z.string().min(2).max(4),
  titles: z.array(z.string().min(1)).default([]),
  roles: z.array(Role).default([]),
});
export type ExpectedPerson = z.infer<typeof ExpectedPerson>;

export const ExpectedFigure = z.strictObject({
  value: z.number().finite(),
  unit: z.string().min(1).describe("元 for money (value in yuan); else the measure word, or %"),
  metric: z.string().optional().describe("documentation only: not scored"),
  subject: z.string().optional().describe("documentation only: not scored"),
});
export type ExpectedFigure = z.infer<typeof ExpectedFigure>;

export const ExpectedMetadata = z.strictObject({
  title: z.string().min(1).optional().describe("scored only when given"),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?\+08:00)?$/)
    .nullable()
    .describe("a date matches any time that day; a date-time must match exactly"),
  outlet: Spellings.nullable(),
  reporters: z.array(z.string()).default([]),
  editors: z.array(z.string()).default([]),
  script: Script,
});
export type ExpectedMetadata = z.infer<typeof ExpectedMetadata>;

export const ExpectedArticle = z
  .strictObject({
    file: z.string().regex(/^articles\/[^/]+\.(txt|html)$/, "articles/<name>.txt|html, relative to corpus/"),
    about: z.string().min(1).describe("what this article exercises"),
    article: ExpectedMetadata,
    rounds: z.array(ExpectedRound),
    summaries: z.array(ExpectedSummary).default([]),
    people: z.array(ExpectedPerson),
    zones: z.array(Spellings),
    figures: z.array(ExpectedFigure),
    neutral: z
      .strictObject({
        people: z.array(z.string()).default([]),
        zones: z.array(Spellings).default([]),
        numbers: z.array(z.number()).default([]).describe("may be emitted without penalty"),
      })
      .default({ people: [], zones: [], numbers: [] }),
    forbidden: z
      .strictObject({
        numbers: z.array(z.number()).default([]).describe("stand only in furniture or garbled spans"),
        people: z.array(z.string()).default([]),
        rounds: z.array(z.strictObject({ scope: z.string().min(1), year: z.number().int().optional() })).default([]),
      })
      .default({ numbers: [], people: [], rounds: [] }),
    minPinyinAnnotationsRemoved: z.number().int().nonnegative().default(0),
    minGarbledSpans: z.number().int().nonnegative().default(0),
  })
  .superRefine((e, ctx) => {
    const stated = expectedNumbers(e);
    for (const n of e.forbidden.numbers)
      if (stated.has(n)) ctx.addIssue({ code: "custom", path: ["forbidden", "numbers"], message: `${n} is both expected and forbidden` });
    for (const p of e.forbidden.people)
      if (e.people.some((x) => x.name === p) || e.neutral.people.includes(p))
        ctx.addIssue({ code: "custom", path: ["forbidden", "people"], message: `${p} is both expected and forbidden` });
  });
export type ExpectedArticle = z.infer<typeof ExpectedArticle>;

type Stated = Pick<ExpectedArticle, "rounds" | "summaries" | "figures" | "neutral">;

/** Every number the article may yield: tally values, summary round counts, figures and neutral numbers. */
export function expectedNumbers(e: Stated): Set<number> {
  const out = new Set<number>(e.neutral.numbers);
  for (const m of [...e.rounds, ...e.summaries]) {
    for (const stage of [m.signed, m.started, m.producing, m.total])
      for (const v of Object.values(stage ?? {})) if (typeof v === "number") out.add(v);
  }
  for (const s of e.summaries) if (s.rounds !== null) out.add(s.rounds);
  for (const f of e.figures) out.add(f.value);
  return out;
}
