#!/usr/bin/env node
// Renders the corpus articles (articles-a.mjs, articles-b.mjs, articles-c.mjs) into corpus/articles/*.txt|html.
// Deterministic: same sources → same bytes. Run: node corpus/tools/build.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { articlesA } from "./articles-a.mjs";
import { articlesB } from "./articles-b.mjs";
import { articlesC } from "./articles-c.mjs";
import { page } from "./templates.mjs";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "articles");
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** Character converter only: a traditional text must keep the simplified text's length. */
function traditional(s) {
  const t = toTraditional(s);
  if (t.length !== s.length) throw new Error(`conversion changed length: ${s}`);
  return t;
}

/** 開發(fā)區(qū): every character that differs from its simplified form gets its reading. */
function annotateChars(simplified, trad) {
  const readings = pinyin(simplified, { type: "all" });
  let out = "";
  let count = 0;
  [...trad].forEach((ch, i) => {
    out += ch;
    if (ch !== simplified[i] && readings[i]?.isZh) {
      out += `(${readings[i].pinyin})`;
      count++;
    }
  });
  return { text: out, count };
}

/** [山西省] → 山西省(shānxīshěng): the word-level form. */
function annotateWords(s) {
  let count = 0;
  const text = s.replace(/\[(?<word>[^\]]+)\]/g, (_, word) => {
    count++;
    return `${word}(${pinyin(word, { separator: "" })})`;
  });
  return { text, count };
}

/** UTF-8 bytes read as GBK: the classic mojibake. */
const garble = (s) => new TextDecoder("gbk").decode(Buffer.from(s, "utf8"));

function prepare(a) {
  const script = (s) => (a.script === "traditional" ? traditional(s) : s);
  let annotations = 0;
  const paragraphs = a.paragraphs.map((p) => {
    if (typeof p === "object") return garble(p.mojibake);
    if (a.pinyin === "words") {
      const r = annotateWords(p);
      annotations += r.count;
      return script(r.text);
    }
    if (a.pinyin === "chars") {
      const r = annotateChars(p, script(p));
      annotations += r.count;
      return r.text;
    }
    return script(p);
  });
  const text = (s) => (s === undefined ? undefined : script(s));
  return {
    ...a,
    title: text(a.title),
    dateline: text(a.dateline),
    byline: text(a.byline),
    outlet: text(a.outlet),
    menu: a.menu?.map(text),
    trailer: (a.trailer ?? []).map(text),
    paragraphs,
    annotations,
  };
}

/** GBK or Big5 bytes; the templates label only GBK, so a Big5 page gets its meta here. */
function encode(body, charset) {
  if (charset !== "gbk" && charset !== "big5") return Buffer.from(body, "utf8");
  const labelled = charset === "big5" ? body.replace('<meta charset="utf-8">', '<meta charset="big5">') : body;
  const bytes = iconv.encode(labelled, charset);
  if (iconv.decode(bytes, charset) !== labelled) throw new Error(`text not representable in ${charset}`);
  return bytes;
}

mkdirSync(outDir, { recursive: true });
for (const a of [...articlesA, ...articlesB, ...articlesC]) {
  const p = prepare(a);
  const file = `${a.name}.${a.format}`;
  const html = a.script === "traditional" ? traditional(page(p)) : page(p); // the furniture too
  writeFileSync(join(outDir, file), encode(html, a.charset ?? "utf-8"));
  const notes = [a.charset ?? "utf-8", a.script ?? "simplified", p.annotations ? `${p.annotations} pinyin annotations` : ""];
  console.log(`${file.padEnd(40)} ${notes.filter(Boolean).join(", ")}`);
}
