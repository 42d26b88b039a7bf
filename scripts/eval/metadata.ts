// Article metadata checks: title, publishedAt, outlet, script, and each reporter and editor.
import type { Article } from "../../src/schema/index.js";
import { spellings, type ExpectedMetadata } from "./expected.js";

type ValueCheck = (field: "metadata", what: string, want: unknown, got: unknown, same?: (a: unknown, b: unknown) => boolean) => void;

/** A date matches any time that day; a date-time must match exactly. */
export function samePublished(want: string, got: string): boolean {
  const withSeconds = (s: string) => s.replace(/T(\d{2}:\d{2})\+/, "T$1:00+"); // 06:50 is 06:50:00
  return want.length === 10 ? got.slice(0, 10) === want : withSeconds(got) === withSeconds(want);
}

export function compareMetadata(want: ExpectedMetadata, got: Article, value: ValueCheck): void {
  const squeeze = (s: unknown) => String(s).replace(/\s+/g, ""); // 举行 268个 and 举行268个 are one headline
  if (want.title !== undefined) value("metadata", "title", want.title, got.title, (w, g) => squeeze(w) === squeeze(g));
  value("metadata", "publishedAt", want.publishedAt, got.publishedAt, (w, g) => samePublished(String(w), String(g)));
  value("metadata", "outlet", want.outlet, got.outlet, (w, g) => spellings(String(w)).includes(String(g)));
  value("metadata", "script", want.script, got.script);
  for (const [what, wanted, emitted] of [
    ["reporter", want.reporters, got.reporters],
    ["editor", want.editors, got.editors],
  ] as const) {
    for (const name of wanted) value("metadata", what, name, emitted.includes(name) ? name : undefined);
    for (const name of emitted) if (!wanted.includes(name)) value("metadata", what, undefined, name);
  }
}
