// Cuts an article's text at every span edge so each piece knows which mentions cover it; numbers no
// mention covers are marked as uncaptured (the document's own list when it carries one).
import type { MentionRow } from "zhpress/api-types";

/** a stretch of the article text: an uncaptured number, or the document's `uncaptured` entries */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  mentions: MentionRow[];
  uncaptured: boolean;
}

const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]{2,}/gu;

/** Numbers in the text that no mention's evidence covers. */
export function uncapturedNumbers(text: string, mentions: MentionRow[]): Span[] {
  const covered = (s: number, e: number) => mentions.some((m) => m.start < e && s < m.end);
  return [...text.matchAll(NUMBER)]
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, quote: m[0] }))
    .filter((s) => !covered(s.start, s.end));
}

export function pieces(text: string, mentions: MentionRow[], uncaptured: Span[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const s of [...mentions, ...uncaptured]) cuts.add(s.start).add(s.end);
  const edges = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i], edges[i + 1]];
    const covering = mentions.filter((m) => m.start <= start && end <= m.end).sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({
      start,
      end,
      text: text.slice(start, end),
      mentions: covering,
      uncaptured: uncaptured.some((u) => u.start <= start && end <= u.end),
    });
  }
  return out;
}
