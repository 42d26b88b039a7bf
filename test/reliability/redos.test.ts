// Regexes of src/ through recheck (a ReDoS checker: automata theory where it applies, fuzzing with a fixed seed
// where the pattern has lookarounds): none is super-linear, except the few listed in BOUNDED, each with the bound
// on the input it sees and the test that proves the bound. Regex literals are checked by eslint-plugin-regexp in
// `npm run lint`; this test checks what the plugin cannot see, the patterns built with `new RegExp(…)`, and with
// REDOS_ALL=1 the literals too (the full audit: about two minutes). Patterns checked safe before by the same recheck
// version and options are not checked again (verdict-cache.ts; REDOS_NO_CACHE=1 checks all). A pattern built from data (thousands of place
// names or titles) is checked as its template with a representative alternation (representative.ts).
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import places from "../../src/data/places.generated.json" with { type: "json" };
import { check } from "recheck";
import { beforeAll, describe, expect, test } from "vitest";
import { metaCharset, META_SCAN_BYTES } from "../../src/decode/charset.js";
import { constructedRegexes, literalRegexes, type RegexSite } from "./regex-sites.js";
import { LARGE_ALTERNATION, representative, sampleWords } from "./representative.js";
import { loadSafe, saveSafe, verdictContext, verdictKey } from "./verdict-cache.js";

/** super-linear patterns whose input is bounded: file, the pattern's start, the bound and where it is proven */
const BOUNDED: { file: string; startsWith: string; bound: string }[] = [
  {
    file: "src/decode/charset.ts",
    startsWith: String.raw`<meta\b`,
    bound: "reads the first META_SCAN_BYTES (4 KB) of a page only: proven below",
  },
  {
    file: "src/data/places.ts",
    startsWith: String.raw`^(?<short>`,
    bound: "reads place names from src/data/places.generated.json only (never page text), the longest under 20 characters: proven below",
  },
  {
    file: "src/page/metadata.ts",
    startsWith: String.raw`(?:^|[。！？!?\s])(?:本[报報])?(?:记者|記者)`,
    bound: "a byline holds at most 16 names, so each attempt reads a bounded window (test/reliability/linear-patterns.test.ts)",
  },
  {
    file: "src/page/metadata.ts",
    startsWith: String.raw`(?:^|[。，,\s(（])(?:本[报報])?(?:记者|記者)`,
    bound: "a photo credit holds at most 16 names, so each attempt reads a bounded window (test/reliability/linear-patterns.test.ts)",
  },
  {
    file: "src/extract/patterns/rounds.ts",
    startsWith: String.raw`(?:(?<year>`,
    bound:
      "ANCHOR_RE (and SUMMARY_RE, which starts alike and is safe) only read the window before one 三个一批 (ANCHOR_REACH + YEAR_BACK + 5 " +
      "characters): test/reliability/linear-work.test.ts",
  },
  {
    file: "src/extract/scan/appointments.ts",
    startsWith: String.raw`(?<comrade>同志)?(?<when>`,
    bound:
      "TAKES_RE: recheck's fuzzer reports degree 2 on 出任/县任 repeated; every attempt that fails reads at most 同志, the date " +
      "(≤ 12), 已, the verb and 16 + the longest title (the long-body branch is bounded {11,16}), and one that succeeds consumes " +
      "the 、-chain it read (the chain's loop is greedy and never fails the match): linear, not proven by the checker (issue 13)",
  },
];

/** `run` over `items`, at most `width` at a time; the results in the order of the items */
async function inTurns<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, lane));
  return results;
}

const fileOf = (where: string) => where.replace(/:\d+$/, "");
const isBounded = (site: RegexSite) => BOUNDED.some((b) => fileOf(site.where) === b.file && site.source.startsWith(b.startsWith));

let sites: RegexSite[] = [];

beforeAll(async () => {
  const constructed = await constructedRegexes(async () => {
    // importing the pipeline and the check command builds every module-level pattern; one text and one HTML page
    // build the lazy ones
    await import("../../src/check/index.js");
    const { extractFromBytes } = await import("../../src/pipeline.js");
    for (const path of ["corpus/articles/01-2021-first-period.txt", "test/fixtures/page/portal.html"])
      extractFromBytes({ source: { path }, label: path, bytes: readFileSync(path), contentType: null });
  });
  const all = [...(process.env.REDOS_ALL ? literalRegexes() : []), ...constructed].filter((s) => s.where.startsWith("src/"));
  const seen = new Set<string>();
  sites = all.filter((s) => !seen.has(`${s.source}/${s.flags}`) && seen.add(`${s.source}/${s.flags}`));
}, 60_000);

describe("ReDoS", () => {
  test("the sites are found: every module's constructed patterns, and each bounded one", () => {
    const files = new Set(sites.map((s) => fileOf(s.where)));
    for (const f of [
      "src/normalize/width.ts",
      "src/page/metadata.ts",
      "src/page/html-fast.ts",
      "src/data/places.ts",
      "src/extract/patterns/people.ts",
      "src/extract/patterns/tallies.ts",
      "src/extract/scan/anchors.ts",
      "src/extract/scan/venues.ts",
      "src/check/claim.ts",
      "src/check/scope.ts",
      "src/check/figures.ts",
    ])
      expect(files).toContain(f);
    expect(literalRegexes().length).toBeGreaterThan(80);
    for (const b of BOUNDED.filter((b) => b.file !== "src/decode/charset.ts" || process.env.REDOS_ALL))
      expect(sites.some((s) => fileOf(s.where) === b.file && s.source.startsWith(b.startsWith))).toBe(true);
  });

  test("no pattern is super-linear, except the bounded ones", async () => {
    // a bounded pattern is known super-linear: its proof is its bound. No clock: every check is bounded by
    // recheck's step limits (characters its VM reads in incubation and attack) and the seed is fixed, so the verdict
    // is the same at any load; with time limits, a loaded machine turned slow checks into "unknown: timeout" and
    // cut incubations short
    const options = { randomSeed: 13, timeout: null, attackTimeout: null, incubationTimeout: null };
    const context = verdictContext(options);
    const safeBefore = loadSafe();
    const safeNow: string[] = [];
    const verdictOf = async (site: RegexSite) => {
      const { source } = representative(site.source, site.flags);
      const key = verdictKey(context, source, site.flags);
      const r = safeBefore.has(key) ? ({ status: "safe" } as const) : await check(source, site.flags, options);
      if (r.status === "safe") safeNow.push(key);
      return { site, r };
    };
    // recheck's agent (its native binary) checks requests on a pool of threads: one check per core at a time, each
    // verdict its own (fixed seed), so the order they finish in changes nothing. The agent is started by the first
    // check: one check alone first, or two first checks at once would each start an agent
    await check("a", "", options);
    const verdicts = await inTurns(
      sites.filter((s) => !isBounded(s)),
      availableParallelism(),
      verdictOf,
    );
    saveSafe(safeNow);
    const flagged = verdicts
      .filter(({ r }) => r.status !== "safe")
      .map(({ site, r }) => ({
        where: site.where,
        pattern: `/${site.source}/${site.flags}`,
        status: r.status,
        attack: r.status === "vulnerable" ? r.attack.pattern : r.status === "unknown" ? r.error.kind : "",
      }));
    expect(flagged).toEqual([]);
    // no test timeout either: the checks end by their step limits (about a minute of CPU for all of them, cold),
    // and a wall-clock bound only fails the test on a busy machine (420 s ran out at load 20)
  }, 0);
});

describe("the remembered verdicts", () => {
  test("a verdict's key changes with the pattern, its flags, the checker's options and version", () => {
    const context = verdictContext({ randomSeed: 13 });
    const key = verdictKey(context, "a+b", "u");
    expect(verdictKey(context, "a+b", "u")).toBe(key);
    for (const other of [
      verdictKey(context, "a+b+", "u"),
      verdictKey(context, "a+b", "v"),
      verdictKey(verdictContext({ randomSeed: 14 }), "a+b", "u"),
      verdictKey(context.replace(/^recheck \S+/, "recheck 0.0.0"), "a+b", "u"),
    ])
      expect(other).not.toBe(key);
  });
});

describe("the representative alternation", () => {
  const words = Array.from({ length: 40 }, (_, i) =>
    `${"太原大同阳泉长治晋城朔州晋中运城忻州临汾"[i % 10]}${"甲乙丙丁"[i % 4]}`.repeat(1 + (i % 3)),
  );

  test("a large alternation of words is sampled: shortest, longest, a spread, prefixes of the kept", () => {
    const sample = sampleWords([...words, "太", "太原甲太原甲太原甲太原甲"]);
    expect(sample.length).toBeLessThan(20);
    expect(sample).toContain("太");
    expect(sample).toContain("太原甲太原甲太原甲太原甲");
    expect(sample.every((w) => words.includes(w) || w.startsWith("太"))).toBe(true);
  });

  test("the template stays, the words shrink; small alternations and classes are left alone", () => {
    const big = `(?<city>${words.join("|")})[^，]{0,12}?(?:签约|开工)`;
    const r = representative(big, "u");
    expect(r.sampled).toBe(1);
    expect(r.source.length).toBeLessThan(big.length / 2);
    expect(r.source.startsWith("(?<city>")).toBe(true);
    expect(r.source.endsWith(")[^，]{0,12}?(?:签约|开工)")).toBe(true);
    expect(new RegExp(r.source, "u").test(`${words[0]}共签约`)).toBe(true);
    const small = `(?:${words.slice(0, LARGE_ALTERNATION - 1).join("|")})\d+`;
    expect(representative(small, "u")).toEqual({ source: small, sampled: 0 });
    // alternatives that are not plain words (a class, a quantifier) are never sampled
    const mixed = words.map((w) => `${w}+`).join("|");
    expect(representative(mixed, "u").sampled).toBe(0);
  });
});

describe("the bounds of the bounded patterns", () => {
  test("a charset declaration is looked for in the first 4 KB only", () => {
    const declared = (at: number) => new TextEncoder().encode(`${" ".repeat(at)}<meta charset="gbk">`);
    expect(metaCharset(declared(META_SCAN_BYTES - 30))).toBe("gbk");
    expect(metaCharset(declared(META_SCAN_BYTES))).toBeNull();
    expect(META_SCAN_BYTES).toBe(4096);
  });

  test("division names are short", () => {
    const names = places.provinces.flatMap((p) => [p.name, ...p.cities, ...p.areas]);
    expect(names.length).toBeGreaterThan(3000);
    expect(Math.max(...names.map((n) => n.length))).toBeLessThan(20);
  });
});
