// Text entities: the common forms are decoded without the tokenizer, to the same text; the rest go to it.
import { describe, expect, test } from "vitest";
import { decodeCommon, decodeText, decodeWithTokenizer } from "../../src/page/html-entities.js";

const COMMON = [
  "首页 &gt; 开发区 &gt; 正文",
  "a&amp;b &lt;p&gt; &quot;q&quot; &apos;s&apos;",
  "&nbsp;&ensp;&emsp;&ldquo;三个一批&rdquo;&lsquo;x&rsquo;&mdash;&ndash;&hellip;&middot;&bull;&copy;&reg;&times;&yen;",
  "&#19968;&#x4e00;&#X4E00;&#65;&#0065;&#x1F600;&#160;",
  "&amp;lt; stays &lt; once",
  "no entity at the end &amp;",
];
const OTHERS = [
  "&amp", // no ';'
  "&copy 2024",
  "a &gt b; c",
  "&notit;", // legacy prefix: htmlparser2 reads &not then "it;"
  "&bogus;",
  "&#0;",
  "&#128;", // C1: windows-1252 replacement
  "&#x9F;",
  "&#xD800;",
  "&#1114112;",
  "&#;",
  "&#x;",
  "&#12a;",
  "&#9;",
  "&ampx",
  "&Amp;",
];

describe("common entities are decoded without the tokenizer", () => {
  test.each(COMMON)("%s", (raw) => {
    expect(decodeCommon(raw)).not.toBeNull();
    expect(decodeCommon(raw)).toBe(decodeWithTokenizer(raw));
  });
});

describe("any other '&' leaves the whole run to the tokenizer", () => {
  test.each(OTHERS)("%s", (raw) => {
    expect(decodeCommon(`甲 &gt; ${raw}`)).toBeNull();
    expect(decodeText(`甲 &gt; ${raw}`)).toBe(decodeWithTokenizer(`甲 &gt; ${raw}`));
  });
});
