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
}

// a page of mojibake has thousands of blocked spans, asked about for every hit: each list is indexed once
const blockedIndex = new WeakMap<Span[], { length: number; touches: (start: number, end: number) => boolean }>();

/** true when [start, end) touches a blocked span */
export function isBlocked(ctx: ExtractContext, start: number, end: number): boolean {
  const { blocked } = ctx;
  if (blocked.length <= 8) return blocked.some((b) => start < b.end && end > b.start);
  let index = blockedIndex.get(blocked);
  if (index?.length !== blocked.length) blockedIndex.set(blocked, (index = { length: blocked.length, touches: touchesAny(blocked) }));
  return index.touches(start, end);
}
