// The round table printed by `run` and `npm start`. CJK characters take two columns.
import type { MergedRound, Tally } from "../schema/index.js";

const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

const count = (t: Tally | null) => ((t?.projects ?? null) === null ? "-" : String(t!.projects));

/** "2 failed" when a consistency check fails, "ok" when some passed and none failed, else "-". */
function checkSummary(r: MergedRound): string {
  const failed = r.checks.filter((c) => c.status === "fail").length;
  if (failed) return `${failed} failed`;
  return r.checks.some((c) => c.status === "pass") ? "ok" : "-";
}

export function roundTable(rounds: MergedRound[]): string {
  const head = ["scope", "year", "round", "date", "签约", "开工", "投产", "sources", "conflicts", "checks"];
  const rows = rounds.map((r) => [
    r.scope.name,
    r.year === null ? "-" : String(r.year),
    r.ordinal === null ? "-" : `第${r.ordinal}${r.ordinalUnit ?? "次"}`,
    r.date ?? "-",
    count(r.signed),
    count(r.started),
    count(r.producing),
    String(r.sources.length),
    String(r.conflicts.length),
    checkSummary(r),
  ]);
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, cols[i]))
      .join("  ")
      .trimEnd();
  return [line(head), line(cols.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
