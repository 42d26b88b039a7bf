// Places named in a text, each with the part it plays: a dateline (太原1月1日电), the subject of an event sentence
// (朔州市与全省同步举行…, 临汾市举行…), a venue (主会场设在郑州市, 郑州分会场), or a plain mention.
import { type Division, divisionNames, divisionsNamed } from "../data/divisions.js";
import type { ContextEvidence } from "../schema/index.js";

export interface PlaceMention {
  signal: ContextEvidence["signal"];
  /** the divisions the name may mean (several when a name is shared across provinces) */
  divisions: readonly Division[];
  start: number;
  end: number;
  quote: string;
}

const DATELINE_AFTER = /^\d{1,2}月\d{1,2}日(?:电|讯)/u;
/** what follows a place that is the subject of an event sentence */
const SUBJECT_AFTER = /^(?:与全省同步|同步举行|举行|举办|召开|在)/u;
/** what may stand between a sentence boundary and its subject: a date (12月1日，) or 据悉，
 *  (tested on the 20 characters before a place only: signalAt) */
// eslint-disable-next-line regexp/no-super-linear-move -- bounded input, above
const SUBJECT_BEFORE = /(?:^|[\n。！？；])(?:\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[，,]|\s*(?:据悉|日前|近日)[，,])?\s*$/u;
const VENUE_BEFORE = /(?:设在|在|与)$/u;
/** a venue phrase closes before the sentence ends */
const VENUE_AFTER = /^[^。！？\n]{0,30}?(?:举行|召开|拉开序幕|主会场|分会场)/u;
const VENUE_SITE = /^(?:分会场|会场)/u;
const MAIN_VENUE = /^[^。！？\n，,]{0,12}?主会场/u;
const MAIN_VENUE_BEFORE = /主会场设在$/u;

/** names by their first two characters (folded into one small integer: a key may hold a few prefixes, and
 *  startsWith tells them apart), longest first; and which characters start a name at all */
interface PlaceIndex {
  byPrefix: Map<number, string[]>;
  starts: Uint8Array;
  /** which characters stand second in a name: a start followed by none of them is no name */
  seconds: Uint8Array;
}
let placeIndex: PlaceIndex | null = null;

/** the first two UTF-16 units as one small integer (no string is made per position of the text) */
const prefixKey = (c0: number, c1: number) => ((c0 & 0x7fff) << 16) | c1;

function index(): PlaceIndex {
  if (placeIndex) return placeIndex;
  const byPrefix = new Map<number, string[]>();
  const starts = new Uint8Array(0x10000);
  const seconds = new Uint8Array(0x10000);
  for (const name of divisionNames()) {
    if (name.length < 2) continue; // looked up by two characters: a one-character name never matched
    const key = prefixKey(name.charCodeAt(0), name.charCodeAt(1));
    starts[name.charCodeAt(0)] = 1;
    seconds[name.charCodeAt(1)] = 1;
    const list = byPrefix.get(key) ?? [];
    list.push(name);
    byPrefix.set(key, list);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);
  return (placeIndex = { byPrefix, starts, seconds });
}

/** the longest of `names` (longest first) that starts at `at`: a loop, not a closure made per candidate (one offset in ten) */
function nameAt(text: string, at: number, names: readonly string[] | undefined): string | undefined {
  if (names === undefined) return undefined;
  for (let k = 0; k < names.length; k++) if (text.startsWith(names[k], at)) return names[k];
  return undefined;
}

/** every place named in `text`, longest name first at each position, never overlapping */
export function placesInText(text: string): PlaceMention[] {
  const { byPrefix, starts, seconds } = index();
  const found: PlaceMention[] = [];
  for (let i = 0; i < text.length - 1;) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const name = starts[c0] === 0 || seconds[c1] === 0 ? undefined : nameAt(text, i, byPrefix.get(prefixKey(c0, c1)));
    if (name === undefined) {
      i++;
      continue;
    }
    const end = i + name.length;
    found.push({ signal: signalAt(text, i, end), divisions: divisionsNamed(name), start: i, end, quote: name });
    i = end;
  }
  return found;
}

function signalAt(text: string, start: number, end: number): ContextEvidence["signal"] {
  const after = text.slice(end, end + 40);
  if (DATELINE_AFTER.test(after)) return "dateline";
  const before = text.slice(Math.max(0, start - 20), start);
  if (SUBJECT_AFTER.test(after) && SUBJECT_BEFORE.test(before)) return "subject";
  // the province's main venue (与太原主会场同步) says where the province met, not whose article this is
  if (MAIN_VENUE.test(after) || MAIN_VENUE_BEFORE.test(before)) return "mention";
  if (VENUE_SITE.test(after) || (VENUE_BEFORE.test(before) && VENUE_AFTER.test(after))) return "venue";
  return "mention";
}
