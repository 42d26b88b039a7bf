// Table-test helpers (chrono-style): expectSingle asserts the one result, its offsets and quote; expectNone asserts silence.
import { expect } from "vitest";

interface Located {
  start?: number;
  end?: number;
  evidence?: { start: number; end: number; quote: string }[];
}

export interface Expecter<T> {
  /** exactly one result; it matches `check`, and its quote (if given) is text.slice(start, end) */
  expectSingle(text: string, check: Partial<Record<keyof T, unknown>> & { quote?: string }): T;
  /** no result at all */
  expectNone(text: string): void;
}

/** Binds the helpers to one extractor: `const { expectSingle, expectNone } = forExtractor((t) => scanQuantities(t))`. */
export function forExtractor<T extends Located>(extract: (text: string) => T[]): Expecter<T> {
  return {
    expectSingle(text, check) {
      const found = extract(text);
      expect(found, `one result in ${JSON.stringify(text)}`).toHaveLength(1);
      const [item] = found;
      const { quote, ...fields } = check;
      expect(item).toMatchObject(fields);
      if (item.start !== undefined && item.end !== undefined) {
        expect(item.end).toBeGreaterThan(item.start);
        if (quote !== undefined) expect(text.slice(item.start, item.end)).toBe(quote);
      }
      expectHonestEvidence(text, item);
      return item;
    },
    expectNone(text) {
      expect(extract(text), `nothing in ${JSON.stringify(text)}`).toEqual([]);
    },
  };
}

/** every evidence quote is exactly the text between its offsets */
export function expectHonestEvidence(text: string, item: Located): void {
  for (const e of item.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
}
