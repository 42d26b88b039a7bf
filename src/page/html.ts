// HTML → the blocks of the main text, in one streaming pass (htmlparser2's Tokenizer, no DOM).
// Chinese-aware scoring as GNE/readability do it: each paragraph scores by its punctuation
// (。，、；), its length and its link density, and credits its container (the parent half);
// the container with the best score times (1 − link density) holds the article.
import type { Warning } from "../schema/index.js";
import { chooseRange, layoutBlocks, type BlockLayout } from "./html-blocks.js";
import { scanHtmlFast } from "./html-fast.js";
import { PageReader } from "./html-reader.js";
import { scanHtml } from "./html-tokens.js";
import type { TagHandler } from "./html-tree.js";
import { readStructuredMeta, type StructuredMeta } from "./metadata-html.js";
import { cleanDocumentTitle } from "./title.js";

export interface HtmlPage extends BlockLayout {
  /** <title> with the site name cut off */
  documentTitle: string | null;
  structured: StructuredMeta;
  warnings: Warning[];
}

const reader = new PageReader();

export function readHtml(html: string): HtmlPage {
  // the fast scanner reads the usual page; what it declines, htmlparser2's tokenizer reads from the start
  return readWith(html, scanHtmlFast) ?? readWith(html, (h, handler) => (scanHtml(h, handler), true))!;
}

function readWith(html: string, scan: (html: string, handler: TagHandler) => boolean): HtmlPage | null {
  const page = reader.begin(html);
  if (!scan(html, page)) return null;
  page.flush();
  const { blocks, closed, timeText } = page;
  const structured = readStructuredMeta(page.meta, page.jsonLd, page.timeValue ?? (timeText.trim() || null));
  return {
    ...layoutBlocks(blocks, chooseRange(blocks, closed), page.runs),
    documentTitle: cleanDocumentTitle(page.titleText),
    structured: structured.meta,
    warnings: structured.warnings,
  };
}
