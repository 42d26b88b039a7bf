// A shared service, not an extractor: questions about many spans asked many times (does [start, end) touch a
// blocked or claimed span? which hits lie before an offset?) answered by binary search, so a page with N hits
// and M spans costs N log M, not N × M.
import type { Span } from "../context.js";

/** work done, for the test that proves it linear: steps of the binary searches and of the scans they start */
export const spanWork = { reads: 0 };

/** the number of items, in an array sorted by `key`, whose key is below `below` (the index of the first that is not) */
export function countBelow<T>(items: readonly T[], below: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    spanWork.reads++;
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) < below) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An index of spans for the question whether [start, end) touches any of them (start < span.end && end > span.start):
 * their starts in order, and the largest end among the first k of them. In typed arrays, in an object literal made by
 * one function, so the code asking it sees one shape for every article, with no spans or many (a closure or a class
 * instance per article was compiled into its callers and dropped with its article, and the callers' code with it).
 */
export interface SpanIndex {
  starts: Float64Array;
  maxEnd: Float64Array;
}

export function spanIndex(spans: readonly Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const index = { starts: new Float64Array(sorted.length), maxEnd: new Float64Array(sorted.length) };
  for (let i = 0; i < sorted.length; i++) {
    index.starts[i] = sorted[i].start;
    index.maxEnd[i] = i > 0 ? Math.max(sorted[i].end, index.maxEnd[i - 1]) : sorted[i].end;
  }
  return index;
}

/** a span touches when it starts before `end` and the largest end before it is past `start` */
export function touches(index: SpanIndex, start: number, end: number): boolean {
  const k = countNumbersBelow(index.starts, end);
  return k > 0 && index.maxEnd[k - 1] > start;
}

/** countBelow for numbers sorted ascending (a typed array or a plain one): no key function to call per step */
export function countNumbersBelow(values: ArrayLike<number>, below: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    spanWork.reads++;
    const mid = (lo + hi) >>> 1;
    if (values[mid] < below) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
