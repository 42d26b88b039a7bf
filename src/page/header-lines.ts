// Header lines of saved text files: tools that save a page as text put "URL: …", "标题: …", "来源: …",
// "发布时间: …", "作者: …" lines at the top, then a blank line, then the page. They are metadata, never the
// headline or the main text. Only a block at the very top counts: the same words further down are page text.
import { parseMachineDate } from "./metadata-dates.js";
import { findOutlet } from "./metadata.js";

export interface HeaderMeta {
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  authors: string[];
}

type Key = "url" | "title" | "date" | "outlet" | "author" | "other";

/** the label words of each key, both scripts; "other" lines (站点, 抓取时间) are header lines that give nothing */
const LABELS: Record<Key, string> = {
  url: "URL|Url|url|Link|link|链接|鏈接|原文链接|原文鏈接|原文地址|网址|網址",
  title: "Title|title|标题|標題",
  date: "Date|date|Published|发布时间|發布時間|发表时间|發表時間|时间|時間|日期",
  outlet: "Source|source|来源|來源",
  author: "Author|author|作者",
  other: "Site|站点|站點|保存时间|保存時間|抓取时间|抓取時間|Saved|saved",
};
const HEADER_LINE = new RegExp(
  String.raw`^(?:${Object.entries(LABELS)
    .map(([key, words]) => `(?<${key}>${words})`)
    .join("|")})\s*[:：]\s*(?<value>(?:\S.*)?)$`,
  "u",
);
const URL_VALUE = /^https?:\/\/\S+$/iu;
const AUTHOR = /^[\p{Script=Han}·]{2,4}$/u;
/** a header block is at most this many lines: a long run of "label: value" lines is page text */
const MAX_HEADER_LINES = 12;

/** header block at the top of `text` (after leading blank lines), and the text after it; null when there is none */
export function readHeaderLines(text: string): { meta: HeaderMeta; rest: string } | null {
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && lines[i].trim() === "") i++;
  const meta: HeaderMeta = { url: null, title: null, publishedAt: null, outlet: null, authors: [] };
  let anchored = false; // a URL or title line: what makes a block of "label: value" lines a saved file's header
  const first = i;
  for (; i < lines.length && i - first < MAX_HEADER_LINES; i++) {
    const line = lines[i].trim();
    if (line === "") break;
    const m = HEADER_LINE.exec(line);
    if (m?.groups === undefined) return null;
    const g = m.groups;
    const value = g.value.trim();
    if (g.url !== undefined) {
      if (!URL_VALUE.test(value)) return null;
      meta.url ??= value;
      anchored = true;
    } else if (g.title !== undefined) {
      meta.title ??= value === "" ? null : value;
      anchored = true;
    } else if (g.date !== undefined) meta.publishedAt ??= parseMachineDate(value);
    else if (g.outlet !== undefined) meta.outlet ??= findOutlet(`来源:${value}`);
    else if (g.author !== undefined) meta.authors.push(...value.split(/[\s、，,]+/u).filter((a) => AUTHOR.test(a)));
  }
  // the block ends at a blank line (or the end of the file); a header glued to the page is not a header
  if (!anchored || i === first || (i < lines.length && lines[i].trim() !== "")) return null;
  return { meta, rest: lines.slice(i).join("\n") };
}
