// Property tests through the library entry point: whatever the bytes, extractFromBytes returns a document
// that the zod contract accepts and whose every evidence quote is its slice of article.text — it never throws.
// Random bytes, random Unicode, text dense with the words the extractors look for, corpus pages mutated,
// and pathological shapes. About half a minute; FUZZ_SEED=<seed> replays a failing run (fast-check prints it).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../../src/pipeline.js";
import { ExtractionDocument } from "../../src/schema/index.js";
import { fuzzParams } from "./fuzz-params.js";
import { SHAPES } from "./shapes.js";

const utf8 = new TextEncoder();

/** the properties every document must have, whatever the input */
function checkDocument(bytes: Uint8Array, label: string): void {
  const doc = extractFromBytes({ source: { path: label }, label, bytes, contentType: null });
  expect(ExtractionDocument.safeParse(doc).success).toBe(true);
  const text = doc.article.text;
  for (const item of [...doc.rounds, ...doc.summaries, ...doc.people, ...doc.zones, ...doc.figures])
    for (const e of item.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
}

// a turn of the event loop before each input: a property of 150 inputs is seconds of synchronous work, minutes on a
// loaded machine, and a worker that never turns its loop misses vitest's RPC replies ("Timeout calling onTaskUpdate")
const run = (arb: fc.Arbitrary<Uint8Array>, numRuns: number) =>
  fc.assert(
    fc.asyncProperty(arb, async (bytes) => {
      await new Promise((resolve) => setImmediate(resolve));
      checkDocument(bytes, "fuzz");
    }),
    fuzzParams({ numRuns }),
  );

/** words the extractors turn on, so random text reaches them */
const DOMAIN = [
  ..."第一二三四五六七八九十次期轮年月日个亿万元项目签约开工投产总投资全省市县区开发区园区示范区记者编辑来源。，、；：“”（）()丨| 　0123456789.%",
  "三个一批",
  "太原",
  "晋中",
  "省委书记",
  "副省长",
  "<p>",
  "</p>",
  "<div>",
  "<!--",
  "<script>",
  "&nbsp;",
  "\n",
];
const domainText = fc.array(fc.constantFrom(...DOMAIN), { maxLength: 400 }).map((parts) => parts.join(""));

const CORPUS = join(import.meta.dirname, "..", "..", "corpus", "articles");
const pages = readdirSync(CORPUS).map((f) => readFileSync(join(CORPUS, f)));

/** a corpus page with bytes deleted, inserted, duplicated or overwritten: broken UTF-8 and broken structure */
const mutatedPage = fc
  .record({
    page: fc.integer({ min: 0, max: pages.length - 1 }),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom("delete", "insert", "duplicate", "overwrite"),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.integer({ min: 1, max: 200 }),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ page, edits }) => {
    let b = Buffer.from(pages[page]);
    for (const e of edits) {
      const at = Math.floor(e.at * b.length);
      const end = Math.min(b.length, at + e.length);
      if (e.kind === "delete") b = Buffer.concat([b.subarray(0, at), b.subarray(end)]);
      else if (e.kind === "insert") b = Buffer.concat([b.subarray(0, at), e.bytes, b.subarray(at)]);
      else if (e.kind === "duplicate") b = Buffer.concat([b.subarray(0, end), b.subarray(at, end), b.subarray(end)]);
      else b = Buffer.concat([b.subarray(0, at), e.bytes, b.subarray(Math.min(b.length, at + e.bytes.length))]);
    }
    return new Uint8Array(b);
  });

describe("extractFromBytes on hostile input", () => {
  test("random bytes", () => run(fc.uint8Array({ maxLength: 4096 }), 150), 60_000);
  test(
    "random Unicode (every plane, lone surrogates)",
    () =>
      run(
        fc.string({ unit: "binary", maxLength: 2000 }).map((s) => utf8.encode(s)),
        150,
      ),
    60_000,
  );
  test(
    "text dense with numerals, titles, zone suffixes and markup",
    () =>
      run(
        domainText.map((s) => utf8.encode(s)),
        150,
      ),
    60_000,
  );
  test("mutated corpus pages", () => run(mutatedPage, 60), 60_000);
  test.each(SHAPES.map((s) => [s.name, s] as const))(
    "%s",
    (_, shape) => checkDocument(utf8.encode(shape.make(shape.testSize)), shape.name),
    60_000,
  );
});
