// readPage alone: a micro-benchmark over .bench/html, and a hash list of its outputs so a rewrite of
// the main-text stage can prove it changed nothing (corpus pages, test seeds, bench pages).
//   node dist/scripts/bench/page-micro.js [--pages N] [--runs R]        time per page
//   node dist/scripts/bench/page-micro.js --hashes > before.txt          one hash per page
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { decodeBytes } from "../../src/decode/decode.js";
import { readPage } from "../../src/page/page.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const listDir = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f))
    : [];

if (process.argv.includes("--hashes")) {
  const files = [
    ...listDir("corpus/articles", ".html"),
    ...listDir("corpus/articles", ".txt"),
    ...listDir("../shared/seeds", ".txt"),
    ...listDir(".bench/html", ".html").slice(0, 400),
  ];
  for (const f of files) {
    const page = readPage(decodeBytes(readFileSync(f)).text);
    console.log(`${createHash("sha1").update(JSON.stringify(page)).digest("hex").slice(0, 16)} ${f}`);
  }
} else {
  const texts = listDir(".bench/html", ".html")
    .slice(0, arg("--pages", 500))
    .map((f) => decodeBytes(readFileSync(f)).text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let run = 0; run < arg("--runs", 5); run++) {
    const [t0, cpu0] = [performance.now(), process.cpuUsage()];
    let sink = 0;
    for (const t of texts) sink += readPage(t).mainText.length;
    const ms = performance.now() - t0;
    const cpuMs = process.cpuUsage(cpu0).user / 1000; // the machine is shared: CPU time is the steadier measure
    const perPage = (x: number) => (x / texts.length).toFixed(3);
    console.log(
      `run ${run}: ${perPage(ms)} ms/page wall, ${perPage(cpuMs)} ms/page CPU (${Math.round((texts.length / cpuMs) * 1000)} pages/CPU-s), ${(bytes / texts.length / 1024).toFixed(1)} KB/page (${sink})`,
    );
  }
}
