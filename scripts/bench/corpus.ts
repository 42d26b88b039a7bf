// The deterministic bench corpus: N HTML pages of ~30 KB and their plain-text forms under one folder,
// regenerated only when missing or when the generator, the seed or the source articles change.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { articleFor, corpusArticles, seeded, type BenchArticle } from "./articles.js";
import { renderPage, renderText } from "./page.js";

/** bump when the output of the generator changes */
export const GENERATOR_VERSION = 4;
const SEED = 20240601;
const TARGET_BYTES = 30 * 1024;

export interface BenchCorpus {
  htmlDir: string;
  textDir: string;
  pages: number;
  htmlBytes: number;
  textBytes: number;
  /** where the article bodies came from */
  source: "corpus" | "synthetic" | "corpus+synthetic";
  regenerated: boolean;
}

/** `.bench/html` + `.bench/text` for the default size, `.bench/html-N` + `.bench/text-N` otherwise. */
export function corpusDirs(root: string, pages: number): { htmlDir: string; textDir: string } {
  const suffix = pages === 2000 ? "" : `-${pages}`;
  return { htmlDir: join(root, `html${suffix}`), textDir: join(root, `text${suffix}`) };
}

export function ensureCorpus(repoRoot: string, benchRoot: string, pages: number): BenchCorpus {
  const { htmlDir, textDir } = corpusDirs(benchRoot, pages);
  const { articles, files } = corpusArticles(repoRoot);
  const sources = createHash("sha256")
    .update(files.map((f) => `${f}:${statSync(join(repoRoot, f)).size}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  const stamp = { generator: GENERATOR_VERSION, seed: SEED, pages, sources };
  const manifestPath = join(htmlDir, "manifest.json");
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (m.generator === stamp.generator && m.seed === stamp.seed && m.pages === pages && m.sources === sources && existsSync(textDir))
      return { htmlDir, textDir, pages, htmlBytes: m.htmlBytes, textBytes: m.textBytes, source: m.source, regenerated: false };
  }
  return generate(articles, { htmlDir, textDir, manifestPath, stamp });
}

function generate(
  corpus: BenchArticle[],
  at: { htmlDir: string; textDir: string; manifestPath: string; stamp: { pages: number; seed: number } & Record<string, unknown> },
): BenchCorpus {
  for (const d of [at.htmlDir, at.textDir]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  const rng = seeded(at.stamp.seed);
  const toTraditional = OpenCC.Converter({ from: "cn", to: "hk" });
  let htmlBytes = 0;
  let textBytes = 0;
  for (let i = 0; i < at.stamp.pages; i++) {
    let article = articleFor(rng, corpus);
    // some outlets publish in traditional script, some older sites still serve GB2312
    const roll = rng();
    if (roll < 0.05) article = { ...article, title: toTraditional(article.title), paragraphs: article.paragraphs.map(toTraditional) };
    const gbk = roll > 0.95;
    const target = Math.round(TARGET_BYTES * (0.8 + rng() * 0.4));
    const html = renderPage(rng, article, target, gbk ? "gb2312" : "utf-8");
    const bytes = gbk ? iconv.encode(html, "gb18030") : Buffer.from(html, "utf8");
    const text = Buffer.from(renderText(article), "utf8");
    const name = String(i).padStart(5, "0");
    writeFileSync(join(at.htmlDir, `${name}.html`), bytes);
    writeFileSync(join(at.textDir, `${name}.txt`), text);
    htmlBytes += bytes.length;
    textBytes += text.length;
  }
  const source = corpus.length === 0 ? "synthetic" : "corpus+synthetic";
  // the manifest is written last: an interrupted run regenerates next time
  writeFileSync(at.manifestPath, JSON.stringify({ ...at.stamp, htmlBytes, textBytes, source }, null, 2));
  return { htmlDir: at.htmlDir, textDir: at.textDir, pages: at.stamp.pages, htmlBytes, textBytes, source, regenerated: true };
}
