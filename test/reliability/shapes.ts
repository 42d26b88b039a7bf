// Pathological page shapes: the inputs that break naive parsers and backtracking patterns. Each takes its
// size, so the property tests run them at sizes that pass today and the benchmark can grow them.

export const PARAGRAPH = "太原经济技术开发区第三次“三个一批”活动中，签约项目34个，总投资123.52亿元，开工项目21个，投产项目8个。";

export interface Shape {
  name: string;
  /** the page, at `size` (what size counts is in the name) */
  make: (size: number) => string;
  /** the size the property tests use: what passes in about a second today */
  testSize: number;
}

export const SHAPES: Shape[] = [
  {
    name: "deep nesting, never closed (divs)",
    make: (n) => `<html><body>${"<div>".repeat(n)}${PARAGRAPH}</body></html>`,
    testSize: 100_000,
  },
  {
    name: "deep nesting, closed (div/p levels)",
    make: (n) => `<html><body>${"<div><p>".repeat(n)}${PARAGRAPH}${"</p></div>".repeat(n)}</body></html>`,
    testSize: 50_000,
  },
  { name: "one line of n characters, no sentence end", make: (n) => "ab 12 ".repeat(Math.ceil(n / 6)).slice(0, n), testSize: 2_000_000 },
  {
    name: "one tag with n attributes",
    make: (n) => `<html><body><div ${Array.from({ length: n }, (_, i) => `a${i}="x"`).join(" ")}><p>${PARAGRAPH}</p></div></body></html>`,
    testSize: 100_000,
  },
  { name: "unterminated comment (n words)", make: (n) => `<html><body><p>${PARAGRAPH}</p><!-- ${"注释 ".repeat(n)}`, testSize: 300_000 },
  {
    name: "unterminated script (n statements)",
    make: (n) => `<html><body><p>${PARAGRAPH}</p><script>${"var a = '<p>';".repeat(n)}`,
    testSize: 100_000,
  },
  {
    name: "unterminated CDATA (n words)",
    make: (n) => `<html><body><p>${PARAGRAPH}</p><![CDATA[${"数据]] ".repeat(n)}`,
    testSize: 300_000,
  },
  {
    name: "an attribute value never closed (n characters)",
    make: (n) => `<html><body><p>${PARAGRAPH}</p><div class="${"x".repeat(n)}`,
    testSize: 1_000_000,
  },
  { name: "a line of n 丨 (menu-row bait)", make: (n) => `${"丨".repeat(n)}\n${PARAGRAPH}`, testSize: 200_000 },
  { name: "n spaces before digits and quotes", make: (n) => `开发区${" ".repeat(n)}2023“${" ".repeat(n)}x”`, testSize: 500_000 },
  { name: "n bylines and dates in one line", make: (n) => `${"（记者 张三 李四 ".repeat(n)} ${"2023-09-02 ".repeat(n)}`, testSize: 20_000 },
  // quadratic in src/extract today (the round-anchor scan re-reads the sentence for each 三个一批): kept small
  { name: "one paragraph of n sentences joined by commas", make: (n) => PARAGRAPH.repeat(n).replaceAll("。", "，"), testSize: 150 },
  { name: "n paragraphs of figures (many sentences)", make: (n) => `${PARAGRAPH}\n`.repeat(n), testSize: 2_000 },
];
