// What every extractor gets: the normalized text and the little it needs to know about the article.
import type { ArticleContext } from "../schema/index.js";
import { spanIndex, touches, type SpanIndex } from "./text/spans.js";

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
  /** the blocked spans indexed (withBlockedIndex); without it each question reads them all */
  blockedIndex?: SpanIndex;
}

/** The context every extractor of one article reads, built once by extractAll and scanArticle: its blocked spans
 * indexed (a page of mojibake has thousands, asked about for every hit), a value carried in the context, not a cache
 * beside it. Always the same five fields in the same order, whatever the caller passed, so the extractors' property
 * reads see one object shape. */
export function withBlockedIndex(ctx: ExtractContext): ExtractContext {
  if (ctx.blockedIndex) return ctx;
  return {
    text: ctx.text,
    publishedAt: ctx.publishedAt,
    blocked: ctx.blocked,
    article: ctx.article,
    blockedIndex: spanIndex(ctx.blocked),
  };
}

/** true when [start, end) touches a blocked span */
export function isBlocked(ctx: ExtractContext, start: number, end: number): boolean {
  return ctx.blockedIndex ? touches(ctx.blockedIndex, start, end) : touchesOneByOne(ctx.blocked, start, end);
}

function touchesOneByOne(spans: readonly Span[], start: number, end: number): boolean {
  for (const b of spans) if (start < b.end && end > b.start) return true;
  return false;
}
