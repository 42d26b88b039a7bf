// Decoded text → main text + metadata. HTML goes through block scoring (html.ts), plain text
// straight to the line layout (plain.ts); both end in the same furniture removal and metadata rules.
//
// Metadata priority, first found wins (lists are unions in this order, each name once):
//   title        <meta og:title|title> → JSON-LD headline → <h1> → <title> (site suffix cut) → text headline
//   publishedAt  <meta article:published_time|pubdate|…> → JSON-LD datePublished → <time datetime> → text date line
//   outlet       <meta source|contentsource> → JSON-LD sourceOrganization → text 来源 (the site's publisher is not the outlet)
//   repostOf     来源/转自/转载自/原载 named in the main text itself
//   reporters    JSON-LD author (people only) → text bylines (记者X, 本报记者X摄, (记者X))
//   editors      <meta editor> → text 责任编辑/编辑 lines
import { warning } from "../schema/index.js";
import { boilerplateWarnings, type FurnitureKind } from "./furniture.js";
import { readHtml, type HtmlPage } from "./html.js";
import { hasRelativeDate, findTextDate } from "./metadata-dates.js";
import { findEditors, findOutlet, findReporters, findRepostOrigins, uniqueNames, withoutReadings } from "./metadata.js";
import { readHeaderLines } from "./header-lines.js";
import { layoutLines, splitLines } from "./plain.js";
import type { Page } from "./types.js";

const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<!--|<\?xml|<article|<section|<table|<title)/i;
const HTML_TAGS = /<\/(?:p|div|span|a|td|li)>|<br\s*\/?>/gi;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return HTML_START.test(head) || (head.match(HTML_TAGS)?.length ?? 0) >= 3;
}

export function readPage(text: string): Page {
  return looksLikeHtml(text) ? readHtmlPage(text) : readPlainPage(text);
}

/** a text file's header lines (URL:, 标题:, 来源:, 发布时间:) state what the saving tool knew; the page's own lines come after */
function readPlainPage(text: string): Page {
  const header = readHeaderLines(text);
  const layout = layoutLines(splitLines(header?.rest ?? text));
  const meta = fromText(layout.metaLines, layout.listLines, layout.body);
  const h = header?.meta;
  const mainText = layout.body.join("\n");
  return {
    format: "text",
    url: h?.url ?? null,
    title: layout.title ?? h?.title ?? null,
    publishedAt: h?.publishedAt ?? meta.found.publishedAt,
    outlet: h?.outlet ?? meta.found.outlet,
    reporters: uniqueNames([...(h?.authors ?? []), ...meta.found.reporters]),
    editors: meta.found.editors,
    repostOf: findRepostOrigins(mainText),
    mainText,
    warnings: [...boilerplateWarnings(layout.dropped), ...meta.warnings],
  };
}

function readHtmlPage(text: string): Page {
  const html: HtmlPage = readHtml(text);
  const layout = layoutLines(html.lines, html.headline);
  const meta = fromText([...html.headerLines, ...layout.metaLines], [...layout.listLines, ...html.afterLines], layout.body);
  const s = html.structured;
  const publishedAt = s.publishedAt ?? meta.found.publishedAt;
  const mainText = layout.body.join("\n");
  return {
    format: "html",
    url: null,
    title: s.title ?? html.headline ?? html.documentTitle ?? layout.title,
    publishedAt,
    outlet: s.outlet ?? meta.found.outlet,
    repostOf: findRepostOrigins(mainText),
    reporters: uniqueNames([...s.reporters, ...meta.found.reporters]),
    editors: uniqueNames([...s.editors, ...meta.found.editors]),
    mainText,
    warnings: [
      ...html.warnings,
      ...boilerplateWarnings(mergeCounts(html.dropped, layout.dropped)),
      ...(publishedAt === null ? meta.warnings : []),
    ],
  };
}

type TextMeta = Pick<Page, "publishedAt" | "outlet" | "reporters" | "editors">;

/** metadata stated in text: everything from metadata lines, bylines from the body too,
 *  and only labelled 来源/编辑 from list lines (related lists carry other articles' dates and bylines) */
function fromText(metaLines: string[], listLines: string[], body: string[]): { found: TextMeta; warnings: Page["warnings"] } {
  let publishedAt: string | null = null;
  let outlet: string | null = null;
  const reporters: string[] = [];
  const editors: string[] = [];
  for (const line of metaLines.map(withoutReadings)) {
    publishedAt ??= findTextDate(line)?.iso ?? null;
    outlet ??= findOutlet(line);
    reporters.push(...findReporters(line));
    editors.push(...findEditors(line));
  }
  for (const line of body) reporters.push(...findReporters(withoutReadings(line)));
  for (const line of listLines.map(withoutReadings)) {
    outlet ??= findOutlet(line);
    editors.push(...findEditors(line));
  }
  const relative = publishedAt === null && metaLines.some(hasRelativeDate);
  const warnings = relative ? [warning("unparsed-date", "publish date is relative (…前) with no absolute date beside it")] : [];
  return { found: { publishedAt, outlet, reporters: uniqueNames(reporters), editors: uniqueNames(editors) }, warnings };
}

function mergeCounts(a: Map<FurnitureKind, number>, b: Map<FurnitureKind, number>): Map<FurnitureKind, number> {
  const merged = new Map(a);
  for (const [kind, n] of b) merged.set(kind, (merged.get(kind) ?? 0) + n);
  return merged;
}
