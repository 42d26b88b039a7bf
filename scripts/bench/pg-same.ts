// `npm run bench:pg-same`: the embedded run and the PostgreSQL runs must give identical datasets. Over the
// corpus and the bench corpus (2,000 HTML pages and their 2,000 plain-text forms), each set is stored three
// ways: `run --db FILE.db`, `run --db postgres://…`, and `enqueue` + three `worker`s; the stored documents,
// the merged dataset and the jsonl and csv exports must be the same, byte for byte. Exit 1 on any difference.
// Needs a server: ZHPRESS_TEST_PG (eval "$(bash scripts/ci/pg.sh start)").
//   npm run build && npm run bench:pg-same -- [--pages N] [--workers N]
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/index.js";
import { ensureCorpus } from "./corpus.js";

const root = resolve(import.meta.dirname, import.meta.url.endsWith(".ts") ? "../.." : "../../..");
const cli = join(root, "dist/src/cli/index.js");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PAGES = Number(arg("--pages", "2000"));
const WORKERS = Number(arg("--workers", "3"));
const server = process.env.ZHPRESS_TEST_PG;
if (!server) {
  console.error('bench:pg-same needs a PostgreSQL server: eval "$(bash scripts/ci/pg.sh start)" sets ZHPRESS_TEST_PG');
  process.exit(2);
}

/** Runs the CLI; a non-zero exit is an error naming the command and what it said. */
function zhpress(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (err += s));
    child.on("close", (code) => (code === 0 ? done(out) : fail(new Error(`zhpress ${args.join(" ")}: exit ${code}\n${err}`))));
  });
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function freshDb(name: string): Promise<string> {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(server!);
  u.pathname = `/${name}`;
  return u.toString();
}

/** documents and dataset as stored, and the jsonl and csv exports' bytes */
async function snapshot(db: string, dir: string): Promise<Map<string, string>> {
  const store = await openStore(db, { mustExist: true });
  const got = new Map<string, string>();
  try {
    got.set("documents", JSON.stringify(await store.listDocuments()));
    got.set("dataset", JSON.stringify(await store.getDataset()));
  } finally {
    await store.close();
  }
  for (const format of ["jsonl", "csv"]) {
    const out = join(dir, format);
    mkdirSync(out, { recursive: true });
    await zhpress(["export", "--db", db, "--format", format, "--out", out, "-q"]);
    for (const f of readdirSync(out).sort()) got.set(`${format}/${f}`, readFileSync(join(out, f), "latin1"));
  }
  return got;
}

async function compare(label: string, input: string, tmp: string): Promise<boolean> {
  const t0 = performance.now();
  const tag = label.replace(/\W/g, "_").toLowerCase();
  const lite = join(tmp, `${tag}.db`);
  const table = await zhpress(["run", input, "--db", lite, "--workers", "0", "-q"]);
  const direct = await freshDb(`zhpress_same_${tag}_run`);
  const directTable = await zhpress(["run", input, "--db", direct, "--workers", "0", "-q"]);
  const queued = await freshDb(`zhpress_same_${tag}_queue`);
  await zhpress(["enqueue", input, "--db", queued, "-q"]);
  const worker = ["worker", "--db", queued, "--until-idle", "--concurrency", "2", "--merge-delay-s", "2", "-q"];
  await Promise.all(Array.from({ length: WORKERS }, () => zhpress(worker)));

  const want = await snapshot(lite, join(tmp, `${tag}-lite`));
  const differ: string[] = directTable === table ? [] : ["run --db postgres: its round table"];
  for (const [how, db] of [
    ["run --db postgres", direct],
    [`${WORKERS} workers`, queued],
  ]) {
    const got = await snapshot(db, join(tmp, `${tag}-${how.replace(/\W/g, "_")}`));
    for (const [what, bytes] of want) if (got.get(what) !== bytes) differ.push(`${how}: ${what}`);
    for (const what of got.keys()) if (!want.has(what)) differ.push(`${how}: ${what} (not in the embedded run's)`);
  }
  const docs = JSON.parse(want.get("documents")!).length;
  const rounds = JSON.parse(want.get("dataset")!).rounds.length;
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  if (differ.length === 0) console.log(`${label}: identical (${docs} documents, ${rounds} rounds, ${want.size} files compared; ${s} s)`);
  else console.log(`${label}: DIFFERENT (${docs} documents):\n  ${differ.join("\n  ")}`);
  for (const db of [direct, queued]) await admin(`DROP DATABASE IF EXISTS ${new URL(db).pathname.slice(1)} WITH (FORCE)`);
  return differ.length === 0;
}

const tmp = mkdtempSync(join(tmpdir(), "zhpress-pg-same-"));
try {
  const bench = ensureCorpus(root, join(root, ".bench"), PAGES);
  const sets: [string, string][] = [
    ["corpus", join(root, "corpus/articles")],
    [`bench html ${PAGES}`, bench.htmlDir],
    [`bench text ${PAGES}`, bench.textDir],
  ];
  let same = true;
  for (const [label, input] of sets) same = (await compare(label, input, tmp)) && same;
  process.exitCode = same ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
