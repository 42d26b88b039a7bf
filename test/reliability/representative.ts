// A pattern built from data (place names, titles, zone suffixes, outlets) is an alternation of thousands of words:
// a ReDoS checker does not finish on it. What can make it super-linear is the template around the words (the
// quantifiers next to them), not the words themselves, so the checker is given the template with a representative
// alternation: a sample of the words that keeps the shortest and the longest, words that are prefixes of other
// kept words, and a spread of the rest.
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import type { Alternative } from "@eslint-community/regexpp/ast";

/** alternations of this many plain words or more are sampled */
export const LARGE_ALTERNATION = 24;
const SAMPLE = 12;

/** the sample of `words` (in their order) that stands for them */
export function sampleWords(words: string[]): string[] {
  const bySize = [...words].sort((a, b) => a.length - b.length);
  const spread = Array.from({ length: 4 }, (_, i) => words[Math.floor((i * words.length) / 4)]);
  const kept = new Set([...bySize.slice(0, 4), ...bySize.slice(-4), ...spread]);
  // a word that is a prefix of a kept word keeps the overlap the engine backtracks over
  for (const w of words) if (kept.size < SAMPLE + 4 && [...kept].some((k) => k !== w && k.startsWith(w))) kept.add(w);
  return words.filter((w) => kept.has(w));
}

const isPlainWord = (a: Alternative) => a.elements.length > 0 && a.elements.every((e) => e.type === "Character");

/** `source` with each large alternation of plain words replaced by its sample; the number replaced */
export function representative(source: string, flags: string): { source: string; sampled: number } {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes("u") });
  const cuts: { start: number; end: number; text: string }[] = [];
  const visit = (alternatives: Alternative[]) => {
    // the run of plain words inside the alternation (a group may mix words with other alternatives)
    let i = 0;
    while (i < alternatives.length) {
      let j = i;
      while (j < alternatives.length && isPlainWord(alternatives[j])) j++;
      if (j - i >= LARGE_ALTERNATION) {
        const run = alternatives.slice(i, j);
        cuts.push({ start: run[0].start, end: run[run.length - 1].end, text: sampleWords(run.map((a) => a.raw)).join("|") });
      }
      i = j + 1;
    }
  };
  visitRegExpAST(ast, {
    onPatternEnter: (p) => visit(p.alternatives),
    onGroupEnter: (g) => visit(g.alternatives),
    onCapturingGroupEnter: (g) => visit(g.alternatives),
    onAssertionEnter: (a) => {
      if (a.kind === "lookahead" || a.kind === "lookbehind") visit(a.alternatives);
    },
  });
  let out = source;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return { source: out, sampled: cuts.length };
}
