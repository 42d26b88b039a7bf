// What the main-text scoring knows of a tag: block, paragraph, skipped, furniture by name (nav, aside, footer) or
// by its class/id words (share, breadcrumb, banner …). Looked up once per tag name and per class/id string.
import type { FurnitureKind } from "./furniture.js";

/** what the scoring needs to know of a tag name, looked up once per name */
export interface TagKind {
  block: boolean;
  paragraph: boolean;
  skip: boolean;
  /** furniture by the tag itself (nav, aside, footer) */
  furniture: FurnitureKind | null;
  /** whether class/id words may make it furniture */
  hinted: boolean;
  /** meta, title, script, time, a: the page reader reads these itself */
  watched: boolean;
}
const BLOCK_TAGS = new Set(
  "address article aside blockquote body br center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
/** blocks whose text is a paragraph: they credit their container, not themselves */
const TEXT_TAGS = new Set("p h1 h2 h3 h4 h5 h6 li dd dt blockquote pre figcaption th".split(" "));
const SKIP_TAGS = new Set("script style noscript template svg iframe object select textarea button".split(" "));
/** the page or article frame itself is never furniture, whatever its class says */
const NEVER_FURNITURE = new Set(["html", "body", "main", "article"]);
const FURNITURE_TAGS = new Map<string, FurnitureKind>([
  ["nav", "navigation"],
  ["aside", "related"],
  ["footer", "trailer"],
]);
const WATCHED = new Set(["meta", "title", "script", "time", "a"]);
const tagKinds = new Map<string, TagKind>();
const TAG_KINDS_MAX = 4096;

export function kindOf(tag: string): TagKind {
  let kind = tagKinds.get(tag);
  if (kind === undefined) {
    const furniture = FURNITURE_TAGS.get(tag) ?? null;
    kind = {
      block: BLOCK_TAGS.has(tag),
      paragraph: TEXT_TAGS.has(tag),
      skip: SKIP_TAGS.has(tag),
      furniture,
      hinted: furniture === null && !NEVER_FURNITURE.has(tag),
      watched: WATCHED.has(tag),
    };
    if (tagKinds.size < TAG_KINDS_MAX) tagKinds.set(tag, kind);
  }
  return kind;
}
/** class/id words of page furniture, as whole tokens or dash/underscore parts */
const FURNITURE_HINT =
  /(?:^|[-_\s])(?<word>nav|navbar|menu|footer|foot|sidebar|side|aside|related|relate|xgwz|xgxw|recommend|tuijian|share|fenxiang|bdshare|comment|comments|pinglun|breadcrumb|crumb|mianbao|location|copyright|banquan|ad|ads|advert|guanggao|banner|toolbar|hot|rank|paihang|tags)(?:$|[-_\s\d])/i;
const HINT_KIND: [RegExp, FurnitureKind][] = [
  [/^(?:nav|navbar|menu|breadcrumb|crumb|mianbao|location|tags)$/i, "navigation"],
  [/^(?:share|fenxiang|bdshare|toolbar)$/i, "share"],
  [/^(?:ad|ads|advert|guanggao|banner)$/i, "ad"],
  [/^(?:copyright|banquan)$/i, "copyright"],
  [/^(?:footer|foot|comment|comments|pinglun)$/i, "trailer"],
];
/** class/id strings repeat within a site and across its pages: their kinds are remembered, by class then by id
 *  (no "class id" string is built to look one up) */
const kindCache = new Map<string, Map<string, FurnitureKind | null>>();
let cached = 0;
const KIND_CACHE_SIZE = 4096;

/** the furniture a tag's class and id words name, or null */
export function furnitureKind(cls = "", id = ""): FurnitureKind | null {
  let byId = kindCache.get(cls);
  let kind = byId?.get(id);
  if (kind === undefined) {
    if (cached >= KIND_CACHE_SIZE) {
      kindCache.clear();
      [byId, cached] = [undefined, 0];
    }
    if (byId === undefined) kindCache.set(cls, (byId = new Map()));
    byId.set(id, (kind = hintedKind(`${cls} ${id}`)));
    cached++;
  }
  return kind;
}

function hintedKind(classAndId: string): FurnitureKind | null {
  const word = FURNITURE_HINT.exec(classAndId)?.groups?.word;
  if (word === undefined) return null;
  return HINT_KIND.find(([pattern]) => pattern.test(word))?.[1] ?? "related";
}
