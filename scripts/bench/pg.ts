// `npm run bench:pg`: the embedded run against 1, 2 and 4 queue workers on PostgreSQL, over the bench
// corpus: pages per second, pages per CPU-second (per core), and what the database costs per page (server
// CPU, bytes on disk). Needs a server: ZHPRESS_TEST_PG (eval "$(bash scripts/ci/pg.sh start)").
//   npm run build && npm run bench:pg -- [--pages N] [--workers 1,2,4] [--repeat N]
// With --repeat N every run is repeated N times (embedded, then each worker count, in turn) and each column
// shows the median: on a shared machine one run says little.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/index.js";
import { ensureCorpus } from "./corpus.js";

// dist/scripts/bench/pg.js when built, scripts/bench/pg.ts from source
const root = resolve(import.meta.dirname, import.meta.url.endsWith(".ts") ? "../.." : "../../..");
const cli = join(root, "dist/src/cli/index.js");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PAGES = Number(arg("--pages", "1000"));
const WORKERS = arg("--workers", "1,2,4").split(",").map(Number);
const REPEAT = Number(arg("--repeat", "1"));
const server = process.env.ZHPRESS_TEST_PG;
if (!server) {
  console.error('bench:pg needs a PostgreSQL server: eval "$(bash scripts/ci/pg.sh start)" sets ZHPRESS_TEST_PG');
  process.exit(2);
}

interface Measured {
  label: string;
  wallS: number;
  /** user + system CPU of the zhpress processes */
  clientCpuS: number;
  /** CPU of the PostgreSQL server's processes */
  serverCpuS: number;
  bytes: number;
}

/** Runs shell commands in one bash and reads the children's CPU from `times` (user and system, all children). */
function timed(script: string): Promise<{ wallS: number; cpuS: number }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn("bash", ["-c", `${script}\ntimes`], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`exit ${code}: ${script}`));
      const children = out
        .trim()
        .split("\n")
        .at(-1)!
        .match(/(?<m1>\d+)m(?<s1>[\d.]+)s (?<m2>\d+)m(?<s2>[\d.]+)s/)!.groups!;
      const cpuS = Number(children.m1) * 60 + Number(children.s1) + Number(children.m2) * 60 + Number(children.s2);
      done({ wallS: (performance.now() - t0) / 1000, cpuS });
    });
  });
}

/** CPU seconds the local server has used so far: the postmaster, its reaped children, and the live ones. */
function serverCpu(): number {
  const dataDir = process.env.ZHPRESS_PG_DIR ? join(process.env.ZHPRESS_PG_DIR, "data") : null;
  if (!dataDir) return NaN;
  const postmaster = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [ppid, utime, stime, cutime, cstime] = [f[1], f[11], f[12], f[13], f[14]].map(Number);
    if (Number(pid) === postmaster) total += utime + stime + cutime + cstime;
    else if (ppid === postmaster) total += utime + stime;
  }
  return total / ticks;
}

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

async function freshDb(name: string): Promise<string> {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const u = new URL(server!);
  u.pathname = `/${name}`;
  return u.toString();
}

const dbBytes = (name: string) => admin(async (c) => Number((await c.query("SELECT pg_database_size($1) AS n", [name])).rows[0].n));

async function embedded(htmlDir: string, dir: string): Promise<Measured> {
  const db = join(dir, "embedded.db");
  // a fresh file each time: a repeat over the last one's file would skip every page as unchanged
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const t = await timed(`node ${cli} run ${htmlDir} --db ${db} --workers 0 -q > /dev/null`);
  return { label: "embedded (run --db FILE.db)", wallS: t.wallS, clientCpuS: t.cpuS, serverCpuS: 0, bytes: statSync(db).size };
}

async function queued(htmlDir: string, workers: number): Promise<Measured & { enqueueS: number; url: string }> {
  const name = `zhpress_bench_${workers}`;
  const url = await freshDb(name);
  const empty = await dbBytes(name);
  // CPU (client and server) covers enqueue and work; pages/s the workers' wall time alone
  const cpu0 = serverCpu();
  const enq = await timed(`node ${cli} enqueue ${htmlDir} --db ${url} -q`);
  const run = Array.from({ length: workers }, () => `node ${cli} worker --db ${url} --until-idle --concurrency 2 --merge-delay-s 2 -q &`);
  const t = await timed(`${run.join("\n")}\nwait`);
  return {
    label: `${workers} worker${workers > 1 ? "s" : ""} (PostgreSQL)`,
    wallS: t.wallS,
    clientCpuS: enq.cpuS + t.cpuS,
    serverCpuS: serverCpu() - cpu0,
    bytes: (await dbBytes(name)) - empty,
    enqueueS: enq.wallS,
    url,
  };
}

async function sameDataset(a: string, b: string): Promise<boolean> {
  const [x, y] = [await openStore(a, { mustExist: true }), await openStore(b, { mustExist: true })];
  try {
    return JSON.stringify(await x.getDataset()) === JSON.stringify(await y.getDataset());
  } finally {
    await x.close();
    await y.close();
  }
}

type Row = Measured & { enqueueS?: number; same?: boolean };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** the median of each measured column over the repeats of one run; the same dataset only when every repeat had it */
function medianRow(runs: Row[]): Row {
  const m = (k: "wallS" | "clientCpuS" | "serverCpuS" | "bytes") => median(runs.map((r) => r[k]));
  return {
    label: runs[0].label,
    wallS: m("wallS"),
    clientCpuS: m("clientCpuS"),
    serverCpuS: m("serverCpuS"),
    bytes: m("bytes"),
    enqueueS: runs[0].enqueueS === undefined ? undefined : median(runs.map((r) => r.enqueueS!)),
    same: runs[0].same === undefined ? undefined : runs.every((r) => r.same),
  };
}

const loadAtStart = loadavg()[0];
const dir = mkdtempSync(join(tmpdir(), "zhpress-bench-pg-"));
try {
  const corpus = ensureCorpus(root, join(root, ".bench"), PAGES);
  const runs = new Map<string, Row[]>();
  const keep = (r: Row) => runs.set(r.label, [...(runs.get(r.label) ?? []), r]);
  for (let i = 0; i < REPEAT; i++) {
    keep(await embedded(corpus.htmlDir, dir));
    for (const w of WORKERS) {
      const r = await queued(corpus.htmlDir, w);
      keep({ ...r, same: await sameDataset(join(dir, "embedded.db"), r.url) });
      await admin((c) => c.query(`DROP DATABASE IF EXISTS zhpress_bench_${w} WITH (FORCE)`));
    }
    if (REPEAT > 1) console.error(`bench:pg: repeat ${i + 1} of ${REPEAT} done`);
  }
  const rows = [...runs.values()].map(medianRow);
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");
  const of = REPEAT > 1 ? `, medians of ${REPEAT} runs` : "";
  console.log(`\n${PAGES} pages of ~30 KB (.bench), ${(corpus.htmlBytes / 1e6).toFixed(0)} MB; PostgreSQL on this machine${of}\n`);
  console.log(
    "| run | wall s | pages/s | client CPU s | server CPU s | pages per CPU-s | server CPU ms/page | DB bytes/page | enqueue s | same dataset |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const cpu = r.clientCpuS + r.serverCpuS;
    console.log(
      `| ${r.label} | ${f(r.wallS)} | ${f(PAGES / r.wallS)} | ${f(r.clientCpuS)} | ${f(r.serverCpuS)} | ${f(PAGES / cpu)} | ` +
        `${f((r.serverCpuS * 1000) / PAGES, 2)} | ${f(r.bytes / PAGES, 0)} | ${r.enqueueS === undefined ? "–" : f(r.enqueueS)} | ${r.same === undefined ? "–" : r.same ? "yes" : "NO"} |`,
    );
  }
  const load = `${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
  console.log(`\nload average (1 min) ${load}, on ${availableParallelism()} cores`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
