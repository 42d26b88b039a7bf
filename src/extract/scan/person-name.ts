// A person's name at a position: a surname from the lexicon, 2–4 characters in all, cut where the
// segmenter cuts and where a follower word (在, 等, 出席 …) or punctuation closes it.
import { COMPOUND_SURNAME_SET, SURNAME_CHARS } from "../../data/surnames.js";
import { placeNames } from "../../data/places.js";
import { BYLINE_WORDS, NAME_FOLLOWERS, TITLES } from "../../data/titles.js";
import { segment, type Token } from "../text/segment.js";

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

/** a name as one item of a run or a frame: with the titles the item gives it */
export interface Occurrence extends NameSpan {
  /** where the item starts: its titles (市委书记韦韬) or the name itself */
  itemStart: number;
  titles: string[];
}

/** An occurrence built in one place, so every scanner's has the same fields in the same order (one object shape for
 * the assembler to read); `end` past the name when the item goes on (习近平总书记, …为市长). */
export function occurrence(name: NameSpan, itemStart: number, titles: string[], end = name.end): Occurrence {
  return { name: name.name, start: name.start, end, itemStart, titles };
}

const HAN_RE = /^\p{Script=Han}$/u;
const HAN_NAME_RE = /^\p{Script=Han}+$/u;
// a name ends at the first character that cannot be in one: punctuation, digits, latin, spaces
const NAME_STOP_RE = /[^\p{Script=Han}]/u;
// characters that never stand in a name as written in news: 某 hides a name (张某良), the rest are particles
const NOT_IN_NAME_RE = /[某等的了在之其]/u;
// a word ending in an administrative unit or a settlement is a place or a body (高新区, 平遥县, 万家寨), never a name
const BODY_END_RE = /[区县市省镇乡村寨寺厅局委办]$/u;
// after a title, 任上/任内/任期 speak of the term of office (省长任上), never of a person
const NOT_A_NAME_RE = /^任(?:上|内|期|职|后|前)/u;
// a name never ends in a conjunction or 于 that joins it to a number (吴海与12家, 钱伟于8月), unless a list delimiter closes it
const CONJUNCTION_RE = /[与及同和于]/u;
const LIST_STOP_RE = /[、,，;；。\s]/u;
const TITLE_INSIDE_RE = new RegExp(TITLES.join("|"), "u");
const FOLLOWER_RE = new RegExp(`^(?:${NAME_FOLLOWERS.join("|")})`, "u");
const BYLINE_BEFORE_RE = new RegExp(`(?:${BYLINE_WORDS.join("|")})[:：\\s]*$`, "u");
// a single jieba token tagged as a common word (verb, noun, adjective …) is a word, not a name
const PERSON_TAGS = new Set(["nr", "nrfg", "nrt", "x"]);
const NOT_A_GIVEN_NAME_TAG_RE = /^(?:ns|nt|nz|v|vn|n|m|q|f|p|c|u|r|t)$/u;
const COMMON_WORD_TAG_RE = /^(?:v|vn|vd|a|ad|an|d|p|c|u|m|q|t|f|r|s|l|i|n|ng|zg|y|e|o)$/u;

// the surnames as character codes: asked at every clause start of every page, a code needs no one-character string
const SURNAME_CODES = new Set([...SURNAME_CHARS].filter((c) => c.length === 1).map((c) => c.charCodeAt(0)));
const COMPOUND_FIRST_CODES = new Set([...COMPOUND_SURNAME_SET].map((s) => s.charCodeAt(0)));

/** 2 for a compound surname (欧阳), 1 for a single one, 0 when `at` holds no surname */
export function surnameLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (COMPOUND_FIRST_CODES.has(code) && COMPOUND_SURNAME_SET.has(text.slice(at, at + 2))) return 2;
  return SURNAME_CODES.has(code) ? 1 : 0;
}

/** true when a byline word (记者, 编辑 …) stands right before `at`: the name is metadata */
export function isByline(text: string, at: number): boolean {
  return BYLINE_BEFORE_RE.test(text.slice(Math.max(0, at - 8), at));
}

/** What the lexicons alone can rule out (length, particles, a title or body inside): no segmenter call needed. */
function shapeFits(name: string, surname: number, strict: boolean): boolean {
  if (name.length < surname + 1 || name.length > surname + 2) return false;
  if (NOT_IN_NAME_RE.test(name.slice(surname)) || TITLE_INSIDE_RE.test(name) || BODY_END_RE.test(name)) return false;
  if (NOT_A_NAME_RE.test(name)) return false;
  // 高平 介绍…: with nothing to vouch for it, a place name is the place
  return !strict || !placeNames().has(name);
}

/** A name whose shape fits, checked against the segmenter's tokens of the window it starts. */
function plausible(name: string, surname: number, tokens: readonly Token[], strict: boolean): boolean {
  if (!shapeFits(name, surname, strict)) return false;
  const inside = tokens.filter((t) => t.start < name.length);
  if (inside.length === 1 && COMMON_WORD_TAG_RE.test(inside[0].tag)) return false;
  // strict: no title or list around it to vouch for it, so the segmenter must see a person; jieba
  // often cuts a rare name after its surname (金/nr 湘军/j), so a person-tagged surname may lead it
  if (!strict) return true;
  if (inside.every((t) => PERSON_TAGS.has(t.tag))) return true;
  return inside[0].end === surname && inside[0].tag === "nr" && inside.slice(1).every((t) => !NOT_A_GIVEN_NAME_TAG_RE.test(t.tag));
}

/**
 * The name starting at `at`, or null. Between list delimiters (、,) the whole item is the name;
 * otherwise the longest cut the segmenter agrees with and a follower word closes.
 */
export function readName(text: string, at: number, strict = false): NameSpan | null {
  const surname = surnameLength(text, at);
  if (surname === 0 || isByline(text, at)) return null;
  const window = text.slice(at, at + surname + 6);
  const found = window.search(NAME_STOP_RE);
  // the end of the text closes a name like punctuation does
  const stop = found >= 0 ? found : at + window.length === text.length ? window.length : -1;
  if (stop >= 0 && stop <= surname + 2) {
    // 吴海与12家企业: a conjunction before a number or latin text joins the name to what follows
    const cut = stop > surname + 1 && CONJUNCTION_RE.test(window[stop - 1]) && !LIST_STOP_RE.test(window[stop] ?? "") ? stop - 1 : stop;
    const name = window.slice(0, cut);
    // the segmenter is asked only about a name the lexicons cannot rule out
    return shapeFits(name, surname, strict) && plausible(name, surname, segment(window), strict)
      ? { name, start: at, end: at + cut }
      : null;
  }
  const lengths = [surname + 2, surname + 1].filter(
    (n) => HAN_RE.test(window[n - 1] ?? "") && shapeFits(window.slice(0, n), surname, strict),
  );
  if (!lengths.length) return null;
  const tokens = segment(window);
  const ends = new Set(tokens.map((t) => t.end));
  // 储祥好指出: a cut closed by a follower word is the name even where the segmenter glues the last
  // character to the surname (储祥/好), rather than the shorter cut the segmenter likes
  const closed = lengths.filter((n) => FOLLOWER_RE.test(window.slice(n)));
  if (closed.length && !closed.includes(lengths[lengths.length - 1])) lengths.splice(0, lengths.length, ...closed);
  for (const length of lengths) {
    const name = window.slice(0, length);
    if (!ends.has(length) && !closed.includes(length)) continue;
    // closed by a follower word, or the segmenter itself sees one unknown word or person here
    const whole = tokens[0].end === length && PERSON_TAGS.has(tokens[0].tag);
    if (!FOLLOWER_RE.test(window.slice(length)) && !whole) continue;
    if (plausible(name, surname, tokens, strict)) return { name, start: at, end: at + length };
  }
  return null;
}

/**
 * The name that ends at `end` with a title after it (习近平总书记), or null. Nothing vouches for
 * it but the segmenter, so the whole name must be one cut it sees as a person.
 */
export function readNameBefore(text: string, end: number): NameSpan | null {
  const from = Math.max(0, end - 6);
  // the segmenter is asked only when the lexicons leave some name standing
  const lengths = [4, 3, 2].filter((length) => {
    const at = end - length;
    const surname = at >= from ? surnameLength(text, at) : 0;
    const name = text.slice(at, end);
    return surname > 0 && HAN_NAME_RE.test(name) && shapeFits(name, surname, true) && !isByline(text, at);
  });
  if (!lengths.length) return null;
  const tokens = segment(text.slice(from, end));
  for (const length of lengths) {
    const at = end - length;
    const surname = surnameLength(text, at);
    if (!tokens.some((t) => t.start === at - from)) continue;
    const name = text.slice(at, end);
    const inside = tokens.filter((t) => t.start >= at - from).map((t) => ({ ...t, start: t.start - (at - from) }));
    if (plausible(name, surname, inside, true)) return { name, start: at, end };
  }
  return null;
}
