// The ordered extractor configuration: text + context → every mention with its evidence.
import type { FigureMention, PersonMention, RoundMention, SummaryMention, Warning, ZoneMention } from "../schema/index.js";

export interface ExtractContext {
  /** normalized simplified main text */
  text: string;
  /** ISO publish date-time (+08:00) or null: partial dates resolve against it */
  publishedAt: string | null;
  /** spans no value may be taken from (unrepaired mojibake) */
  blocked: { start: number; end: number }[];
}

export interface Extraction {
  rounds: RoundMention[];
  summaries: SummaryMention[];
  people: PersonMention[];
  zones: ZoneMention[];
  figures: FigureMention[];
  warnings: Warning[];
}

export function extractAll(_ctx: ExtractContext): Extraction {
  return { rounds: [], summaries: [], people: [], zones: [], figures: [], warnings: [] };
}
