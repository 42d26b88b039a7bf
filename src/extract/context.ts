// What every extractor gets: the normalized text and the little it needs to know about the article.
import type { ArticleContext } from "../schema/index.js";
import { touchesAny } from "./text/spans.js";

export interface Span {
  start: number;
  end: number;
}

export interface ExtractContext {
  /** normalized simplified main text: every offset points into it */
  text: string;
  /** ISO publish date or date-time (+08:00) or null: partial dates resolve against it */
  publishedAt: string | null;
  /** spans no value may be taken from (unrepaired mojibake) */
  blocked: Span[];
  /** where the article is from and about (context stage): 我市/全省 resolve to it */
  article?: ArticleContext;
  /** the blocked spans indexed for binary search (withBlockedIndex); without it each question reads them all */
  touchesBlocked?: (start: number, end: number) => boolean;
}

/** The context with its blocked spans indexed, once per article, by extractAll and scanArticle: a page of mojibake has
 * thousands of them, asked about for every hit (a value carried in the context, not a cache beside it). */
export function withBlockedIndex(ctx: ExtractContext): ExtractContext {
  return ctx.touchesBlocked || ctx.blocked.length <= 8 ? ctx : { ...ctx, touchesBlocked: touchesAny(ctx.blocked) };
}

/** true when [start, end) touches a blocked span */
export function isBlocked(ctx: ExtractContext, start: number, end: number): boolean {
  return ctx.touchesBlocked ? ctx.touchesBlocked(start, end) : ctx.blocked.some((b) => start < b.end && end > b.start);
}
