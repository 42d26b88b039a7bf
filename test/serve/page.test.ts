// The review page in headless Chromium over a real database built from corpus/: from a round's value to the
// highlighted quote in the article, conflicts side by side, the timeline, search. Screenshots go to test-results/.
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/serve/index.js";
import { openStore, type DatasetStore } from "../../src/store/index.js";
import type {
  RoundDetail,
  RoundSummary,
  ResultPage,
  ArticleDetail,
  PersonDetail,
  PersonSummary,
  ZoneDetail,
} from "../../src/store/types.js";
import { launchBrowser, type Browser } from "../helpers/browser.js";
import { webBuildIsFresh } from "../helpers/cli.js";
import { buildCorpusDb, type CorpusDb } from "../helpers/corpus-db.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SHOTS = `${root}test-results`;

let db: CorpusDb;
let store: DatasetStore;
let server: RunningServer;
let browser: Browser;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

/** Compiles the page's modules as `npm run build` does, so the test never sees a stale dist/web (npm test builds first). */
function buildWeb(): Promise<void> {
  if (webBuildIsFresh()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const tsc = spawn(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", `${root}web/tsconfig.json`], { stdio: "pipe" });
    let out = "";
    tsc.stdout.on("data", (d) => (out += d));
    tsc.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p web failed: ${out}`))));
  });
}

const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}/api/${path}`)).json() as Promise<T>;

async function open(hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("request", (r) => void (r.url().startsWith(server.url) || foreignRequests.push(r.url())));
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

const ready = (page: Page) => page.waitForSelector("body[data-ready=true]");

beforeAll(async () => {
  [db] = await Promise.all([buildCorpusDb(), buildWeb(), mkdir(SHOTS, { recursive: true })]);
  store = await openStore(db.path, { mustExist: true });
  server = await startServer(store, { port: 0 });
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  await db?.remove();
});

describe("review page", () => {
  test("a round's value, clicked, lands on its quote highlighted in the article text", async () => {
    const rounds = await api<ResultPage<RoundSummary>>("rounds?level=province&year=2022");
    const round = rounds.items.find((r) => r.signed?.projects !== null)!;
    const detail = await api<RoundDetail>(`rounds/${encodeURIComponent(round.key)}`);
    const stated = detail.values.find((v) => v.field === "signed.projects" && v.value !== null)!;

    const page = await open(`#/round/${encodeURIComponent(round.key)}`);
    await page.screenshot({ path: `${SHOTS}/round.png`, fullPage: true });
    const value = page.locator('tr[data-field="signed.projects"] a.value');
    expect(await value.textContent()).toBe(String(round.signed!.projects));
    await value.click();
    await page.waitForSelector("body[data-page=article][data-ready=true]");

    expect(page.url()).toContain(`#/article/${stated.articleId}?hl=${stated.start}-${stated.end}`);
    const marked = await page.locator(".article-text .target").allTextContents();
    expect(marked.join("")).toBe(stated.quote);
    // scrolled to: the first marked piece is inside the viewport
    const box = (await page.locator(".article-text .target").first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.screenshot({ path: `${SHOTS}/article.png`, fullPage: true });
    await page.close();
  });

  test("an article's values are highlighted and link to their records; uncaptured numbers are marked apart", async () => {
    const rounds = await api<ResultPage<RoundSummary>>("rounds?level=province&limit=1");
    const id = rounds.items[0].mainSource!.articleId;
    const article = await api<ArticleDetail>(`articles/${id}`);
    const page = await open(`#/article/${id}`);
    const links = await page.locator(".article-text a.value").evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^#\/(round|person|zone)\//);
    expect(links).toContain(`#/round/${encodeURIComponent(rounds.items[0].key)}`);
    // every highlighted piece lies inside an evidence span; every uncaptured one outside all of them
    const spans = article.mentions;
    const pieces = await page
      .locator(".article-text .value")
      .evaluateAll((els) => els.map((e) => [Number(e.getAttribute("data-start")), Number(e.getAttribute("data-end"))]));
    for (const [s, e] of pieces) expect(spans.some((m) => m.start <= s && e <= m.end)).toBe(true);
    const text = article.document.article.text;
    const uncaptured = await page.locator(".article-text mark.uncaptured").allTextContents();
    for (const u of uncaptured) expect(u).toMatch(/^[0-9０-９.．零〇一二两三四五六七八九十百千万亿]+$/u);
    expect(await page.locator(".article-text").textContent()).toBe(text);
    await page.close();
  });

  test("the front page draws the timeline with uPlot from the package and lists every round", async () => {
    const all = await api<ResultPage<RoundSummary>>("rounds?limit=1000");
    const page = await open("#/");
    expect(await page.locator(".timeline .uplot").count()).toBe(2);
    expect(await page.locator(".timeline canvas").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("table.rounds tbody tr").count()).toBe(all.total);
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    await page.close();
  });

  test("a round with conflicting sources shows the values side by side, each with its quotes", async () => {
    const all = await api<ResultPage<RoundSummary>>("rounds?limit=1000");
    const disputed = all.items.find((r) => r.conflicts > 0)!;
    const detail = await api<RoundDetail>(`rounds/${encodeURIComponent(disputed.key)}`);
    const page = await open(`#/round/${encodeURIComponent(disputed.key)}`);
    const first = detail.round.conflicts[0];
    const sides = page.locator(".conflict").first().locator(".side");
    expect(await sides.count()).toBe(first.values.length);
    const texts = await sides.allTextContents();
    first.values.forEach((v, i) => v.quotes.forEach((q) => expect(texts[i]).toContain(q)));
    expect(await page.locator(".conflict .side.chosen").count()).toBeGreaterThan(0);
    expect(await page.locator("table.checks tr").count()).toBe(detail.round.checks.length);
    await page.screenshot({ path: `${SHOTS}/conflicts.png`, fullPage: true });
    await page.close();
  });

  test("search by name, by zone and by date", async () => {
    const person = (await api<ResultPage<PersonSummary>>("people?limit=1")).items[0];
    const page = await open("#/search");
    await page.fill("form.search input[name=q]", person.name);
    await page.click("form.search button");
    await page.waitForSelector("body[data-page=search][data-ready=true]");
    await page.click(`a[href="#/person/${encodeURIComponent(person.key)}"]`);
    await page.waitForSelector("body[data-page=person][data-ready=true]");
    expect(await page.locator("h1").textContent()).toBe(person.name);

    await page.goto(`${server.url}/#/search?zone=${encodeURIComponent("综改")}`);
    await ready(page);
    expect(await page.locator('a[href^="#/zone/"]').count()).toBeGreaterThan(0);

    const in2022 = await api<ResultPage<RoundSummary>>("rounds?from=2022-01-01&to=2022-12-31&limit=1000");
    await page.goto(`${server.url}/#/search?from=2022-01-01&to=2022-12-31`);
    await ready(page);
    expect(await page.locator("table.rounds tbody tr").count()).toBe(in2022.total);
    await page.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
    await page.close();
  });

  test("a person's page and a zone's page list every mention, each quote linked to its place in the article", async () => {
    const person = (await api<ResultPage<PersonSummary>>("people?limit=1")).items[0];
    const detail = await api<PersonDetail>(`people/${encodeURIComponent(person.key)}`);
    const page = await open(`#/person/${encodeURIComponent(person.key)}`);
    expect(await page.locator("h1").textContent()).toBe(person.name);
    expect(await page.locator("ul.mentions li").count()).toBe(detail.mentions.length);
    await page.screenshot({ path: `${SHOTS}/person.png`, fullPage: true });
    const zone = await api<ZoneDetail>(`zones/${encodeURIComponent("山西转型综合改革示范区")}`);
    await page.goto(`${server.url}/#/zone/${encodeURIComponent(zone.summary.name)}`);
    await ready(page);
    expect(await page.locator("h1").textContent()).toBe(zone.summary.name);
    expect(await page.locator("ul.mentions li").count()).toBe(zone.mentions.length);
    expect(await page.locator("table.rounds tbody tr").count()).toBe(zone.rounds.length);
    await page.screenshot({ path: `${SHOTS}/zone.png`, fullPage: true });
    const first = zone.mentions[0];
    await page.click(`ul.mentions li >> nth=0 >> a`);
    await page.waitForSelector("body[data-page=article][data-ready=true]");
    expect((await page.locator(".article-text .target").allTextContents()).join("")).toBe(first.quote);
    await page.close();
  });

  test("no script error, and nothing was requested from anywhere but the server", () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
