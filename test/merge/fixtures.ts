// Synthetic extraction documents for merge tests: text is assembled from the quotes, so every
// evidence offset really points at its quote. Sentences are written for these tests.
import { createHash } from "node:crypto";
import type {
  Evidence,
  ExtractionDocument,
  PersonMention,
  RoundMention,
  SummaryMention,
  Tally,
  ZoneMention,
} from "../../src/schema/index.js";

type Figures = [projects: number | null, investmentYuan?: number | null];
const 亿 = 100_000_000;

export interface RoundSpec {
  scope?: string;
  level?: "province" | "city" | "county" | "zone";
  year?: number | null;
  ordinal?: number | null;
  date?: string | null;
  venue?: string | null;
  signed?: Figures;
  started?: Figures;
  producing?: Figures;
  total?: Figures;
  /** fields whose evidence is implied rather than stated */
  implied?: string[];
}

export interface DocSpec {
  body?: string;
  outlet?: string | null;
  /** outlets the article says it was taken from (page reading finds them in the text) */
  repostOf?: string[];
  publishedAt?: string | null;
  path?: string;
  rounds?: RoundSpec[];
  summaries?: Omit<SummaryMention, "evidence">[];
  people?: Omit<PersonMention, "evidence">[];
  zones?: Omit<ZoneMention, "evidence">[];
}

const STAGE_WORD = { signed: "签约", started: "开工", producing: "投产", total: "合计" } as const;

export function tally([projects, investmentYuan = null]: Figures): Tally {
  return { projects, investmentYuan, outputValueYuan: null };
}

export function yi(x: number): number {
  return Math.round(x * 亿);
}

export function makeDoc(spec: DocSpec): ExtractionDocument {
  let text = spec.body ?? "";
  const quote = (field: string, words: string, stated = true): Evidence => {
    const start = text.length;
    text += words;
    const e = { field, start, end: text.length, quote: words, stated, extractor: "test" };
    text += "。";
    return e;
  };
  const rounds: RoundMention[] = (spec.rounds ?? []).map((r) => {
    const evidence: Evidence[] = [];
    const implied = new Set(r.implied ?? []);
    if (r.date) evidence.push(quote("date", `${r.date}举行`, !implied.has("date")));
    const stages = { signed: r.signed, started: r.started, producing: r.producing, total: r.total };
    for (const [stage, f] of Object.entries(stages)) {
      if (!f) continue;
      if (f[0] !== null)
        evidence.push(
          quote(`${stage}.projects`, `${STAGE_WORD[stage as keyof typeof STAGE_WORD]}项目${f[0]}个`, !implied.has(`${stage}.projects`)),
        );
      if (f[1] != null) evidence.push(quote(`${stage}.investmentYuan`, `总投资${f[1] / 亿}亿元`));
    }
    return {
      scope: { level: r.level ?? "province", name: r.scope ?? "山西省" },
      year: r.year === undefined ? 2022 : r.year,
      ordinal: r.ordinal === undefined ? 1 : r.ordinal,
      date: r.date ?? null,
      venue: r.venue ?? null,
      signed: r.signed ? tally(r.signed) : null,
      started: r.started ? tally(r.started) : null,
      producing: r.producing ? tally(r.producing) : null,
      total: r.total ? tally(r.total) : null,
      evidence,
    };
  });
  const people = (spec.people ?? []).map((p) => ({ ...p, evidence: [quote("name", p.name)] }));
  const zones = (spec.zones ?? []).map((z) => ({ ...z, evidence: [quote("name", z.mention)] }));
  const summaries = (spec.summaries ?? []).map((s) => ({ ...s, evidence: [] }));
  return {
    schemaVersion: 1,
    article: {
      id: createHash("sha256").update(text).digest("hex").slice(0, 16),
      source: { path: spec.path ?? "test.txt" },
      title: null,
      publishedAt: spec.publishedAt === undefined ? "2022-06-23" : spec.publishedAt,
      outlet: spec.outlet === undefined ? "山西日报" : spec.outlet,
      ...(spec.repostOf ? { repostOf: spec.repostOf } : {}),
      reporters: [],
      editors: [],
      script: "simplified",
      text,
      format: "text",
    },
    normalization: { pinyinAnnotationsRemoved: 0, garbled: [] },
    rounds,
    summaries,
    people,
    zones,
    figures: [],
    warnings: [],
  };
}

/** A long invented news story, so near-duplicate detection has something to fingerprint. */
export function storyBody(seed: string): string {
  const parts = [
    `${seed}开发区活动在各市同步举行，现场气氛热烈，项目建设单位代表依次发言。`,
    "会议指出，要坚持项目为王，把招商引资作为头号工程，推动开发区扩区调规和改革创新。",
    "与会人员参观了新能源装备、先进材料和数字经济展区，听取了重点企业的生产情况介绍。",
    "会议要求，各级各部门要强化要素保障，优化营商环境，确保项目早落地、早开工、早投产。",
    "据了解，本次活动共设一个主会场和多个分会场，各分会场通过视频连线方式同步参与。",
  ];
  return parts.join("");
}
