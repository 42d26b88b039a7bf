// Publish dates → ISO 8601 in Beijing time (+08:00): a date-time as YYYY-MM-DDTHH:MM[:SS]+08:00
// (seconds only when stated), a date alone as YYYY-MM-DD. Two sources: machine values (meta, JSON-LD, <time datetime>) and page text.

/** 2023-09-02 10:14:41 · 2022年02月28日 07:46:21 · 2024-1-28 12:05 · 2023/9/2 · (2022-07-05) */
const TEXT_DATE =
  /(?<!\d)(?<year>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?<month>\d{1,2})\s*(?:[-/.]|月)\s*(?<day>\d{1,2})(?!\d)(?:\s*日)?(?:(?:\s*|T|-)(?<hour>\d{1,2})[:：](?<minute>\d{2})(?:[:：](?<second>\d{2}))?(?!\d))?/u;
/** ISO 8601 as machines write it, with an optional zone */
export const MACHINE_DATE =
  /^\s*(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:\s*(?<zone>Z|[+-]\d{2}:?\d{2}))?)?\s*$/;
/** "3小时前", "2年前", "昨天 10:00" with no absolute date next to it */
/** a digit run is tried from its first digit only: linear on long digit runs */
export const RELATIVE_DATE = /(?<!\d)\d+\s*(?:秒|分[钟鐘]|小[时時]|天|周|週|个?月|個?月|年)前|昨天|前天|刚刚|剛剛/;

const BEIJING_OFFSET_MS = 8 * 3600_000;
const pad = (n: number) => String(n).padStart(2, "0");

export interface FoundDate {
  iso: string;
  /** index in the line where the date text starts */
  index: number;
}

/** first date in a line of page text, or null */
export function findTextDate(line: string): FoundDate | null {
  const m = TEXT_DATE.exec(line);
  if (m?.groups === undefined) return null;
  const { year, month, day, hour, minute, second } = m.groups;
  const iso = toIso(+year, +month, +day, hour === undefined ? null : [+hour, +minute, second === undefined ? null : +second]);
  return iso === null ? null : { iso, index: m.index };
}

/** a machine-written value (meta content, JSON-LD, datetime attribute); falls back to text forms */
export function parseMachineDate(value: string): string | null {
  const m = MACHINE_DATE.exec(value);
  if (m?.groups === undefined) return findTextDate(value)?.iso ?? null;
  const { date, time, zone } = m.groups;
  // fixed places: YYYY-MM-DD and HH:MM[:SS], as MACHINE_DATE matched them
  const y = +date.slice(0, 4);
  const mo = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  if (time === undefined) return toIso(y, mo, d, null);
  const h = +time.slice(0, 2);
  const mi = +time.slice(3, 5);
  const seconds = time.length > 5 ? +time.slice(6, 8) : null;
  if (zone === undefined || zone === "+08:00" || zone === "+0800") return toIso(y, mo, d, [h, mi, seconds]);
  // another zone: shift the instant into Beijing time
  const sign = zone === "Z" ? 0 : zone[0] === "-" ? -1 : 1;
  const offsetMin = zone === "Z" ? 0 : sign * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
  const utc = Date.UTC(y, mo - 1, d, h, mi, seconds ?? 0) - offsetMin * 60_000;
  if (!Number.isFinite(utc)) return null;
  const b = new Date(utc + BEIJING_OFFSET_MS);
  return toIso(b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate(), [
    b.getUTCHours(),
    b.getUTCMinutes(),
    seconds === null ? null : b.getUTCSeconds(),
  ]);
}

export function hasRelativeDate(line: string): boolean {
  return RELATIVE_DATE.test(line);
}

/** seconds stay absent when the page gives none: no invented precision */
function toIso(y: number, mo: number, d: number, time: [number, number, number | null] | null): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (time === null) return date;
  const [h, mi, s] = time;
  if (h > 23 || mi > 59 || (s ?? 0) > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}${s === null ? "" : `:${pad(s)}`}+08:00`;
}

function daysIn(y: number, mo: number): number {
  // the Gregorian rule, no Date made: this runs for every date a page states
  if (mo === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}
