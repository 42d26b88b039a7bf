// The installed nodejieba is the patched one (patches/nodejieba+3.5.8.patch, applied and rebuilt from
// source by `npm ci`'s postinstall): load() builds the dictionary once, without transient copies of it,
// and cuts as before.
import nodejieba from "nodejieba";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runNode } from "../helpers/cli.js";
import type { SegmenterLoad } from "../../scripts/bench/segmenter-load.js";

const data = (name: string) => fileURLToPath(new URL(`../../src/data/${name}`, import.meta.url));

// Measured here in a fresh process, same dictionaries: unpatched +223–230 MB, patched +113–119 MB.
// The threshold sits between them with ~50 MB margin on each side.
const MAX_LOAD_GROWTH_MB = 170;
// Peak minus settled RSS, measured here: unpatched 36 MB under node, 43 MB under tsx (a sorted copy of the
// units, a copy of the words, the unit vector grown by doubling); patched 5 MB under node, 4–11 MB under tsx.
const MAX_LOAD_OVERSHOOT_MB = 25;

describe("nodejieba load builds its dictionary once", () => {
  // one fresh process measures the load for both tests
  let measured: Promise<SegmenterLoad> | undefined;
  const measure = () =>
    (measured ??= runNode(["--import", "tsx", "scripts/bench/segmenter-load.ts"]).then((r) => {
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as SegmenterLoad;
    }));

  test(`RSS grows by less than ${MAX_LOAD_GROWTH_MB} MB on load (a second dictionary copy would add ~110 MB)`, async () => {
    const { growthMB } = await measure();
    // a lower bound too: a load that read no dictionary at all would pass the upper bound vacuously
    expect(growthMB).toBeGreaterThan(60);
    expect(growthMB).toBeLessThan(MAX_LOAD_GROWTH_MB);
  }, 120_000);

  test(`the peak during load stays within ${MAX_LOAD_OVERSHOOT_MB} MB of the settled RSS (no transient copy of the dictionary)`, async () => {
    const { rssAfterMB, peakMB } = await measure();
    expect(peakMB).toBeGreaterThanOrEqual(rssAfterMB);
    expect(peakMB - rssAfterMB).toBeLessThan(MAX_LOAD_OVERSHOOT_MB);
  }, 120_000);
});

// Cuts and tags recorded with the unpatched build (sentences written for this test).
const CUTS: [string, string, string][] = [
  [
    "全省开发区2023年第三次三个一批活动在太原举行",
    "全省/开发区/2/0/2/3/年/第三次/三个/一批/活动/在/太原/举行",
    "全省:n 开发区:n 2023:m 年:m 第三次:m 三个:m 一批:m 活动:vn 在:p 太原:ns 举行:v",
  ],
  [
    "省委副书记、省长金湘军出席活动并讲话",
    "省委/副/书记/、/省长/金/湘军/出席/活动/并/讲话",
    "省委:j 副:b 书记:n 、:x 省长:n 金:nr 湘军:j 出席:v 活动:vn 并:c 讲话:n",
  ],
  [
    "本次集中签约项目263个，总投资1288.6亿元",
    "本次/集中/签约/项目/2/6/3/个/，/总/投资/1/2/8/8/./6/亿元",
    "本次:r 集中:v 签约:v 项目:n 263:m 个:q ，:x 总:b 投资:vn 1288.6:m 亿元:m",
  ],
  ["太原经济技术开发区一批新项目开工", "太原/经济/技术开发区/一批/新/项目/开工", "太原:ns 经济:n 技术开发区:n 一批:m 新:a 项目:n 开工:v"],
  [
    "市长王建新主持会议，副市长李红梅作报告",
    "市长/王建新/主持会议/，/副/市长/李/红梅/作/报告",
    "市长:n 王建新:nr 主持会议:n ，:x 副:b 市长:n 李:nr 红梅:nr 作:v 报告:n",
  ],
  ["山西综改示范区当日签约项目43个", "山西/综/改/示范区/当日/签约/项目/4/3/个", "山西:ns 综改:x 示范区:n 当日:t 签约:v 项目:n 43:m 个:q"],
  [
    "欧阳春华在晋城经济技术开发区调研",
    "欧阳/春华/在/晋城/经济/技术开发区/调研",
    "欧阳:ns 春华:nz 在:p 晋城:ns 经济:n 技术开发区:n 调研:vn",
  ],
  [
    "习近平新时代中国特色社会主义思想",
    "习近平/新/时代/中国/特色/社会主义/思想",
    "习近平:nrfg 新:a 时代:n 中国:ns 特色:n 社会主义:n 思想:n",
  ],
];

describe("segmentation is unchanged by the patch", () => {
  nodejieba.load({ idfDict: data("jieba-idf.utf8"), stopWordDict: data("jieba-stop-words.utf8") });
  test.each(CUTS)("%s", (sentence, cut, tagged) => {
    expect(nodejieba.cut(sentence).join("/")).toBe(cut);
    expect(
      nodejieba
        .tag(sentence)
        .map((t) => `${t.word}:${t.tag}`)
        .join(" "),
    ).toBe(tagged);
  });

  test("a different sentence gives a different cut (the table is not vacuous)", () => {
    expect(nodejieba.cut("太原举行活动").join("/")).not.toBe(CUTS[0][1]);
  });
});
