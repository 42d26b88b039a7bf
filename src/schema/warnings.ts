// Diagnostics as data (vfile, zod): every warning a document can carry, one table of codes. Each code has a fixed
// severity and the stage that raises it; a warning has a message and, where it has a place, start/end offsets
// into article.text. `warning(code, message, place?)` is the one way to make one.
import { z } from "zod";

export const Severity = z.enum(["info", "warning", "error"]);
export type Severity = z.infer<typeof Severity>;
export const PipelineStage = z.enum(["input", "decode", "page", "normalize", "extract", "merge"]);
export type PipelineStage = z.infer<typeof PipelineStage>;

interface CodeInfo {
  severity: Severity;
  stage: PipelineStage;
  /** one line: what happened and what the pipeline did about it (the README's Warnings table) */
  description: string;
}

/** The table of warning codes. */
export const WARNING_CODES = {
  "unknown-charset": {
    severity: "warning",
    stage: "decode",
    description: "a declared charset no decoder knows; the label was ignored",
  },
  "charset-errors": {
    severity: "warning",
    stage: "decode",
    description: "some bytes do not decode in the chosen charset; they became U+FFFD",
  },
  "charset-mismatch": {
    severity: "warning",
    stage: "decode",
    description: "the declared charset is contradicted by the bytes; the bytes won",
  },
  "dropped-boilerplate": {
    severity: "info",
    stage: "page",
    description: "page furniture (navigation, ads, share bars, copyright …) left out of the main text, counted per kind",
  },
  "jsonld-unparseable": {
    severity: "info",
    stage: "page",
    description: "a JSON-LD script is not valid JSON; its metadata was ignored",
  },
  "unparsed-date": {
    severity: "warning",
    stage: "page",
    description: "the publish date is relative (…前) with no absolute date beside it; publishedAt is null",
  },
  "garbled-repaired": {
    severity: "info",
    stage: "normalize",
    description: "mojibake (UTF-8 read as GBK) repaired in place; the span holds the repair",
  },
  "garbled-text": {
    severity: "warning",
    stage: "normalize",
    description: "mojibake that could not be repaired; no value is taken from the span",
  },
  "watermark-removed": {
    severity: "info",
    stage: "normalize",
    description: "a repost site's watermark (the title's characters, two at the head of each clause in turn) removed",
  },
  "round-inconsistent": {
    severity: "warning",
    stage: "extract",
    description: "one article states two values for one field of a round; the body's first value is kept",
  },
  "lookalike-campaign": {
    severity: "info",
    stage: "extract",
    description: "a numbered 三个一批 campaign of an article placed in another province; no Shanxi round is emitted",
  },
  "uncaptured-round-number": {
    severity: "warning",
    stage: "extract",
    description: "a number in a round's sentence that no record took; listed in the document's uncaptured",
  },
} as const satisfies Record<string, CodeInfo>;

export type WarningCode = keyof typeof WARNING_CODES;

const offset = z.number().int().nonnegative();
const variant = <C extends WarningCode>(code: C) =>
  z.object({
    code: z.literal(code),
    severity: z.literal(WARNING_CODES[code].severity),
    stage: z.literal(WARNING_CODES[code].stage),
    message: z.string(),
    start: offset.optional(),
    end: offset.optional(),
  });

/** one variant per row of the table (test/schema/warnings.test.ts checks that none is missing) */
export const Warning = z.discriminatedUnion("code", [
  variant("unknown-charset"),
  variant("charset-errors"),
  variant("charset-mismatch"),
  variant("dropped-boilerplate"),
  variant("jsonld-unparseable"),
  variant("unparsed-date"),
  variant("garbled-repaired"),
  variant("garbled-text"),
  variant("watermark-removed"),
  variant("round-inconsistent"),
  variant("lookalike-campaign"),
  variant("uncaptured-round-number"),
]);
export type Warning = z.infer<typeof Warning>;

/** A warning with its code's severity and stage; `place` (offsets into article.text) when it has one. */
export function warning(code: WarningCode, message: string, place?: { start: number; end: number }): Warning {
  const { severity, stage } = WARNING_CODES[code];
  return { code, severity, stage, message, ...(place ? { start: place.start, end: place.end } : {}) } as Warning;
}
