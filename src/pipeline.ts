// The ordered stages: input (bytes) → decode → page (main text + metadata) → normalize → context → extract → validate.
// Merge runs over many documents and lives in merge/.
import { hash } from "node:crypto";
import { docTimeout, readInput, type InputRef, type LoadedBytes } from "./input/index.js";
import { decodeBytes } from "./decode/index.js";
import { readPage } from "./page/index.js";
import { normalizeMeta, normalizeText } from "./normalize/index.js";
import { readArticleContext } from "./context/index.js";
import { extractAll } from "./extract/index.js";
import type { Options } from "./options.js";
import { SCHEMA_VERSION, type ExtractionDocument, type Warning } from "./schema/index.js";
import { validateDocument } from "./validate/index.js";

/** Bytes already loaded → one validated extraction document. Throws only on input it cannot use, or when the
 *  document has used up `budgetMs` (checked between stages: a stage that runs long finishes first). */
export function extractFromBytes(loaded: LoadedBytes, budgetMs = Infinity): ExtractionDocument {
  const deadline = Date.now() + budgetMs;
  const within = <T>(stage: string, value: T): T => {
    if (Date.now() > deadline) throw docTimeout(loaded.label, budgetMs, stage);
    return value;
  };
  const decoded = within("decode", decodeBytes(loaded.bytes, loaded.contentType));
  const page = within("page", readPage(decoded.text));
  const norm = within("normalize", normalizeText(page.mainText));
  // metadata gets the same width/pinyin/script treatment as the text, without spans
  const meta = (s: string | null) => (s === null ? null : normalizeMeta(s));
  const publishedAt = page.publishedAt;
  const outlet = meta(page.outlet);
  // unrepaired spans, and repairs that still hold a lost character (U+FFFD): no value is read across either
  const blocked = norm.garbled
    .filter((g) => g.repaired === null || g.repaired.includes("\ufffd"))
    .map(({ start, end }) => ({ start, end }));
  const source = page.url === null || loaded.source.url !== undefined ? loaded.source : { ...loaded.source, url: page.url };
  const context = readArticleContext({ text: norm.text, title: meta(page.title), outlet, url: source.url });
  const found = within("extract", extractAll({ text: norm.text, publishedAt, blocked, article: context }));
  const warnings: Warning[] = [...decoded.warnings, ...page.warnings, ...norm.warnings, ...found.warnings];
  const doc: ExtractionDocument = {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: articleId(norm.text),
      source,
      title: meta(page.title),
      publishedAt,
      outlet,
      repostOf: [...new Set(page.repostOf.map(normalizeMeta))].filter((o) => o !== outlet),
      reporters: page.reporters.map(normalizeMeta),
      editors: page.editors.map(normalizeMeta),
      script: norm.script,
      charset: decoded.charset,
      format: page.format,
      text: norm.text,
      context,
    },
    normalization: {
      pinyinAnnotationsRemoved: norm.pinyinAnnotationsRemoved,
      garbled: norm.garbled,
      widthFixes: norm.widthFixes,
      convertedCharacters: norm.convertedCharacters,
    },
    rounds: found.rounds,
    summaries: found.summaries,
    people: found.people,
    zones: found.zones,
    figures: found.figures,
    warnings,
    uncaptured: found.uncaptured,
  };
  return validateDocument(doc);
}

export { docTimeout };

export async function extractInput(ref: InputRef, opts: Options): Promise<ExtractionDocument> {
  return extractFromBytes(await readInput(ref, opts), opts.docTimeoutMs);
}

/** Stable content hash of the normalized text: the same article read twice gets the same id. */
export function articleId(text: string): string {
  // the one-shot hash: no Hash object per page
  return hash("sha256", text, "hex").slice(0, 16);
}
