// Article bodies for the bench corpus: the project's corpus articles when present, else synthetic
// round reports written for the bench (never third-party text). Figures vary with the seeded PRNG.
import { readFileSync } from "node:fs";
import { globSync } from "tinyglobby";

export interface BenchArticle {
  title: string;
  /** "YYYY-MM-DD HH:MM" */
  published: string;
  outlet: string;
  paragraphs: string[];
}

export type Rng = () => number;

/** mulberry32: tiny, fast, and the same sequence on every machine for one seed */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const money = (rng: Rng, lo: number, hi: number) => (lo + rng() * (hi - lo)).toFixed(pick(rng, [0, 1, 2]));

const ORDINALS = ["一", "二", "三", "四", "五", "六"];
const OUTLETS = ["山西日报", "山西新闻网", "黄河新闻网", "山西经济日报", "太原日报", "新华网山西频道"];
const ZONES = [
  "晋中国家农高区",
  "山西综改示范区",
  "大同经济技术开发区",
  "长治高新技术产业开发区",
  "运城经济技术开发区",
  "晋城经济技术开发区",
  "朔州经济开发区",
  "忻州经济开发区",
  "临汾经济开发区",
  "吕梁经济技术开发区",
];
const CITIES = ["太原", "大同", "朔州", "忻州", "吕梁", "晋中", "阳泉", "长治", "晋城", "临汾", "运城"];
const PEOPLE = ["王建国", "李明华", "张卫东", "刘志强", "陈海峰", "杨秀兰", "赵立新", "孙振宇"];
const TITLES = ["省委书记", "省委副书记、省长", "副省长", "省委常委、常务副省长", "省政协副主席", "市委书记"];
const INDUSTRIES = ["新材料", "高端装备制造", "数字经济", "新能源汽车", "现代煤化工", "生物医药", "节能环保", "特色农产品加工"];

// generic context sentences, written for the bench, to give articles realistic length and texture
const FILLER = [
  "开发区是全省经济发展的主引擎、对外开放的主阵地和改革创新的试验田,要坚持项目为王,在招商引资、要素保障、服务企业上持续用力。",
  "各级各部门要把优化营商环境作为一号工程,深化承诺制、标准地、全代办改革,推动签约项目尽快落地、开工项目尽快投产、投产项目尽快达效。",
  "要聚焦产业链延链补链强链,引进一批牵引性强的龙头企业,培育一批专精特新中小企业,推动开发区产业集群化发展。",
  "要强化用地、用能、资金等要素保障,建立项目推进台账,实行清单化管理、节点化推进,确保项目早见效、多见效。",
  "今年以来,全省开发区主要经济指标保持较快增长,规模以上工业增加值、固定资产投资和实际使用外资增速均高于全省平均水平。",
  "活动现场,企业代表介绍了项目建设进展,表示将加快施工进度,力争早日建成投产,为地方经济发展作出贡献。",
];

function syntheticArticle(rng: Rng): BenchArticle {
  const year = int(rng, 2019, 2025);
  const ordinal = int(rng, 1, 4);
  const month = Math.min(12, ordinal * 3 - int(rng, 0, 1));
  const day = int(rng, 1, 28);
  const [chair, speaker] = [pick(rng, PEOPLE), pick(rng, PEOPLE)];
  const zone = pick(rng, ZONES);
  const round = `全省开发区${year}年第${ORDINALS[ordinal - 1]}次“三个一批”活动`;
  const paragraphs = [
    `${month}月${day}日,${round}在各市和山西综改示范区同步举行,省主会场设在${zone}。${pick(rng, TITLES)}${speaker}出席活动并讲话,${pick(rng, TITLES)}${chair}主持。`,
    `本次活动集中签约项目${int(rng, 120, 460)}个,总投资${money(rng, 600, 3200)}亿元;集中开工项目${int(rng, 100, 420)}个,总投资${money(rng, 400, 2600)}亿元;集中投产项目${int(rng, 60, 260)}个,总投资${money(rng, 200, 1200)}亿元,预计年产值${money(rng, 100, 900)}亿元。`,
    ...Array.from({ length: int(rng, 3, 6) }, () => pick(rng, FILLER)),
    `在${pick(rng, CITIES)}分会场,当地集中开工项目${int(rng, 8, 60)}个,计划总投资约${money(rng, 20, 300)}亿元,涉及${pick(rng, INDUSTRIES)}、${pick(rng, INDUSTRIES)}等领域。`,
    `据了解,${year}年以来全省开发区已累计举办${ordinal}次“三个一批”活动,累计签约项目${int(rng, 400, 1600)}个,总投资超${money(rng, 2000, 9000)}亿元。`,
    ...Array.from({ length: int(rng, 2, 4) }, () => pick(rng, FILLER)),
    `(记者 ${pick(rng, PEOPLE)})`,
  ];
  const hh = String(int(rng, 7, 22)).padStart(2, "0");
  const mm = String(int(rng, 0, 59)).padStart(2, "0");
  const published = `${year}-${String(month).padStart(2, "0")}-${String(Math.min(28, day + 1)).padStart(2, "0")} ${hh}:${mm}`;
  return { title: `${round}举行`, published, outlet: pick(rng, OUTLETS), paragraphs };
}

const BYLINE = /^(?<published>\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)/;
const OUTLET = /来源[:：]\s*(?<outlet>\S+)/;

/** The project's corpus articles (plain text: first line title, blank-line paragraphs), sorted for determinism. */
export function corpusArticles(root: string): { articles: BenchArticle[]; files: string[] } {
  const files = globSync("corpus/**/*.txt", { cwd: root, ignore: ["**/node_modules/**", "corpus/tools/**"] }).sort();
  const articles = files.map((f) => {
    const lines = readFileSync(`${root}/${f}`, "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    // the byline under the title ("2021-03-19 09:30  来源：… 记者 …") becomes the page's info line
    const byline = lines[1]?.match(BYLINE);
    const published = byline?.groups!.published ?? "";
    const outlet = byline ? (lines[1].match(OUTLET)?.groups!.outlet ?? "") : "";
    return { title: lines[0] ?? "", published, outlet, paragraphs: lines.slice(byline ? 2 : 1) };
  });
  return { articles: articles.filter((a) => a.paragraphs.length > 0), files };
}

/** Article number i of the bench corpus: a corpus article when there are any, else a synthetic one. */
export function articleFor(rng: Rng, corpus: BenchArticle[]): BenchArticle {
  if (corpus.length === 0 || rng() < 0.25) return syntheticArticle(rng);
  const base = pick(rng, corpus);
  return { ...base, published: base.published || syntheticArticle(rng).published, outlet: base.outlet || pick(rng, OUTLETS) };
}
