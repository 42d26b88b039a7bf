// Lines of a page (a text dump, or the blocks HTML scoring kept) → headline, body, metadata lines, trailer.
// Order: header (menus, then the headline, then the date/来源 line) → body → trailer after the story ends.
import { classifyFurniture, endsStory, type FurnitureKind } from "./furniture.js";
import { isMetadataLine, withoutReadings } from "./metadata.js";

export interface TextLayout {
  title: string | null;
  /** the body paragraphs, one per line, furniture and metadata lines removed */
  body: string[];
  /** lines not in the body that may state the date, outlet and bylines: the header, metadata lines, the trailer */
  metaLines: string[];
  /** lines above the headline and inside related lists: only labelled metadata (来源, 编辑) is read from them */
  listLines: string[];
  dropped: Map<FurnitureKind, number>;
}

/** how far into the page the date/来源 line may sit under the headline */
const HEADER_SCAN = 12;
/** a headline is short and does not end a sentence */
const HEADLINE = /^[^。]{4,80}$/u;
/** a portal's top bar: 今天是2023年9月2日 星期六 */
const TODAY = /^(?:今天是|今日是|今天|今日)/u;
/** a 来源 or 编辑 line under the body */
const STORY_CLOSER = /^[\[【(（]?\s*(?:来源|來源|责任编辑|責任編輯|编辑|編輯|责编|責編)/u;

export function splitLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim(); // trim() takes \r, U+3000 and U+00A0 too
    if (line !== "") lines.push(line);
  }
  return lines;
}

/** `title` is the headline when the caller knows it (HTML <h1>); else it is the line above the date line */
export function layoutLines(lines: string[], title: string | null = null): TextLayout {
  const dropped = new Map<FurnitureKind, number>();
  const drop = (kind: FurnitureKind) => dropped.set(kind, (dropped.get(kind) ?? 0) + 1);
  const metaLines: string[] = [];
  const kinds = lines.map(classifyFurniture);
  const metaIdx = findHeaderMetaLine(lines, kinds);
  const titleIdx = title === null ? findHeadline(lines, kinds, metaIdx) : lines.indexOf(title);
  if (title === null && titleIdx >= 0) title = lines[titleIdx];
  // above the headline: menus and channel names (a top bar's date is today's, not the article's)
  const listLines = lines.slice(0, Math.max(0, titleIdx)).filter((_, i) => i !== metaIdx);
  if (metaIdx >= 0 && metaIdx < titleIdx) metaLines.push(lines[metaIdx]); // a date line above the headline still counts
  for (let i = 0; i < titleIdx; i++) if (!isMetadataLine(lines[i])) drop(kinds[i] ?? "navigation");
  const body: string[] = [];
  let trailer: FurnitureKind | null = null;
  for (let i = titleIdx + 1; i < lines.length; i++) {
    const [line, kind] = [lines[i], kinds[i]];
    if (trailer === null && endsStory(line, kind)) trailer = kind ?? "trailer";
    if (trailer !== null) {
      if (kind === "related") trailer = "related";
      (trailer === "related" ? listLines : metaLines).push(line);
      if (kind !== null || !isMetadataLine(line)) drop(kind ?? (trailer === "related" ? "related" : "trailer"));
    } else if (kind !== null) {
      metaLines.push(line); // furniture may still carry metadata: 来源:X返回搜狐
      drop(kind);
    } else if (isMetadataLine(line)) {
      metaLines.push(line);
      // 来源 or 编辑 under the body closes the story: reposting sites put ads and lists after it
      if (body.length > 0 && i > metaIdx && STORY_CLOSER.test(withoutReadings(line))) trailer = "trailer";
    } else {
      body.push(line);
    }
  }
  return { title, body: title === null ? body : [title, ...body], metaLines, listLines, dropped };
}

/** the line above the date/来源 line, or the first headline-like line when there is none */
function findHeadline(lines: string[], kinds: (FurnitureKind | null)[], metaIdx: number): number {
  const isHeadline = (i: number) => kinds[i] === null && HEADLINE.test(lines[i]) && !isMetadataLine(lines[i]);
  for (let i = metaIdx - 1; i >= 0; i--) if (isHeadline(i)) return i;
  // no headline above the date line (or no date line): the first headline-like line near the top
  // and never below the first sentence of the story: a short line after it is body text, not the headline
  for (let i = metaIdx + 1; i < Math.min(lines.length, metaIdx + 4); i++) {
    if (isHeadline(i)) return i;
    if (kinds[i] === null && lines[i].includes("。")) break;
  }
  return -1;
}

/** index of the first date or 来源 line near the top that is not body text, or -1 */
function findHeaderMetaLine(lines: string[], kinds: (FurnitureKind | null)[]): number {
  for (let i = 0; i < Math.min(lines.length, HEADER_SCAN); i++)
    if (kinds[i] === null && isMetadataLine(lines[i]) && !TODAY.test(lines[i])) return i;
  return -1;
}
