// Size scaling: one generated article grown from 10 KB to 10 MB, as text, as HTML and as text written as one
// sentence, through extractFromBytes in this process; CPU time (the machine is shared), median of 3 runs per size.
// Time per MB should stay flat (within 2×) when every path is linear.
// A size is skipped once the size before it took longer than the cap: ten times the input would take at least
// ten times as long, and a quadratic path a hundred times (10 MB of text took half an hour before issue 13).
import { classifyFurniture, endsStory } from "../../src/page/furniture.js";
import { extractFromBytes } from "../../src/pipeline.js";
import { articleFor, corpusArticles, seeded } from "./articles.js";

/** text, HTML, and text written as one sentence (commas for every full stop and line end: per-sentence work shows) */
export type ScalingFormat = "text" | "html" | "sentence";

export interface ScalingRow {
  format: ScalingFormat;
  bytes: number;
  ms: number | null;
  msPerMB: number | null;
  note?: string;
}

export const SCALING_SIZES = [10_000, 100_000, 1_000_000, 10_000_000];
/** above this, the next size is not run (it would take ten times longer, or a hundred) */
const CAP_MS = 15_000;

/** a paragraph of article text: the corpus pages carry furniture (related lists, a （完）) that would end the story */
const isBody = (p: string) => p.length >= 20 && classifyFurniture(p) === null && !endsStory(p, null);

/** one long article of about `bytes` UTF-8 bytes: body paragraphs of the bench articles, one title and byline */
export function longArticle(root: string, bytes: number, format: ScalingFormat): string {
  if (format === "sentence") {
    const [title, byline, ...body] = longArticle(root, bytes, "text").split("\n");
    return `${title}\n${byline}\n${body.join("，").replace(/[。！？!?]/gu, "，")}`;
  }
  const rng = seeded(13);
  const { articles } = corpusArticles(root);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    for (const p of articleFor(rng, articles).paragraphs.filter(isBody)) {
      paragraphs.push(p);
      size += Buffer.byteLength(p) + (format === "html" ? 8 : 1);
    }
  }
  const head = ["全省开发区“三个一批”活动综述", "2023-09-02 10:14 来源：晋东日报"];
  if (format === "text") return [...head, ...paragraphs].join("\n");
  const body = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  return `<html><head><meta charset="utf-8"><title>${head[0]}</title></head><body><h1>${head[0]}</h1><div class="info">${head[1]}</div><div class="article">${body}</div></body></html>`;
}

/** CPU time (user + system) of one call, in ms: the machine is shared, so wall time measures the neighbours too */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Each size `runs` times: the median of the CPU times. */
export function measureScaling(root: string, sizes: number[], say: (s: string) => void, runs = 3): ScalingRow[] {
  const rows: ScalingRow[] = [];
  // warm-up outside the measured runs: module init, lexicons, the segmenter load and the JIT (the first runs of a
  // path are several times slower than later ones: unwarmed, the small sizes looked two to three times dearer per MB)
  for (const format of ["text", "html"] as const) {
    const bytes = Buffer.from(longArticle(root, 100_000, format));
    for (let i = 0; i < 4; i++) extractFromBytes({ source: { path: "warm" }, label: "warm", bytes, contentType: null });
  }
  for (const format of ["text", "html", "sentence"] as const) {
    let capped = false;
    for (const target of sizes) {
      const bytes = Buffer.from(longArticle(root, target, format));
      if (capped) {
        rows.push({ format, bytes: bytes.length, ms: null, msPerMB: null, note: `skipped: the size before took over ${CAP_MS / 1000} s` });
        continue;
      }
      const times = Array.from({ length: runs }, () =>
        cpuMs(() => extractFromBytes({ source: { path: `${format}-${target}` }, label: `${format}-${target}`, bytes, contentType: null })),
      ).sort((a, b) => a - b);
      const ms = Math.round(times[Math.floor(times.length / 2)]);
      rows.push({ format, bytes: bytes.length, ms, msPerMB: Math.round(ms / (bytes.length / 1e6)) });
      say(`scaling ${format} ${(bytes.length / 1e6).toFixed(2)} MB: ${ms} ms CPU (median of ${times.length})`);
      capped = ms > CAP_MS;
    }
  }
  return rows;
}

/** largest time per MB over the smallest, per format: 1 is perfectly linear; the goal is under 2 */
export function scalingSpread(rows: ScalingRow[]): Record<string, number | null> {
  const spread = (format: string) => {
    const per = rows.filter((r) => r.format === format && r.msPerMB !== null && r.bytes >= 100_000).map((r) => r.msPerMB!);
    return per.length < 2 ? null : Math.round((Math.max(...per) / Math.min(...per)) * 10) / 10;
  };
  return { text: spread("text"), html: spread("html"), sentence: spread("sentence") };
}

export function printScaling(rows: ScalingRow[]): void {
  process.stdout.write(`\nsize scaling (one article, extractFromBytes in-process, CPU time, medians)\n`);
  for (const r of rows)
    process.stdout.write(
      `  ${r.format.padEnd(8)} ${(r.bytes / 1e6).toFixed(2).padStart(6)} MB  ${r.ms === null ? r.note : `${r.ms} ms CPU, ${r.msPerMB} ms/MB`}\n`,
    );
  const s = scalingSpread(rows);
  process.stdout.write(
    `  time per MB, largest / smallest (from 100 KB; goal < 2): text ${s.text ?? "-"}, html ${s.html ?? "-"}, one sentence ${s.sentence ?? "-"}\n`,
  );
}
