// Two ways to run zhpress. `runCli` runs the command line in this process: the same `main` the executable
// calls, its stdout and stderr captured, its return value the exit code (src/cli/index.ts only hands it to
// process.exit). It costs no node start and no second dictionary load, so it is for every test where the
// process boundary is not the point. `runCliProcess` and `spawnCli` run the real executable — for stdin,
// signals, pipes, the exit code as a shell sees it — from the build when it is newer than every source file
// (npm test builds first; a built start is about half of a tsx one), else the sources through tsx, so a test
// never sees a stale build. Children are spawned asynchronously (a synchronous spawn blocks vitest's worker,
// which then misses its own RPC heartbeats on a busy machine) and killed after each test, so a failing test
// cannot leave one running into the next.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

export const root = fileURLToPath(new URL("../..", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs `node <args>` and resolves with its exit code and output; never rejects on a non-zero exit. */
export function runNode(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(process.execPath, args, {
        cwd: opts.cwd ?? root,
        env: opts.env ?? process.env,
        stdio: ["pipe", "pipe", "pipe"],
        // none unless asked: a child left running when its test ends (by its own timeout) is killed after it
        timeout: opts.timeoutMs,
      }),
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    // a child that exits before reading its stdin must not fail the test with EPIPE
    child.stdin.on("error", () => {});
    child.stdin.end(opts.input);
  });
}

function mtimes(dir: string): number[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? mtimes(path) : [statSync(path).mtimeMs];
  });
}
const newestMtime = (dir: string) => Math.max(0, ...mtimes(dir));

let fresh: boolean | null = null;
/** dist/ is newer than every file under src/ and scripts/ (decided once per test file) */
export function buildIsFresh(): boolean {
  const built = `${root}dist/src/cli/index.js`;
  fresh ??= existsSync(built) && statSync(built).mtimeMs >= Math.max(newestMtime(`${root}src`), newestMtime(`${root}scripts`));
  return fresh;
}

/** dist/web was compiled after every file under web/src changed (tsc -p web/tsconfig.json rewrites each output) */
export function webBuildIsFresh(): boolean {
  const built = `${root}dist/web`;
  return (
    existsSync(built) && Math.min(...mtimes(built)) >= Math.max(newestMtime(`${root}web/src`), statSync(`${root}web/tsconfig.json`).mtimeMs)
  );
}

/** the built CLI when it is fresh, else the sources through tsx */
export function cliEntry(): string[] {
  return buildIsFresh() ? [`${root}dist/src/cli/index.js`] : ["--import", "tsx", `${root}src/cli/index.ts`];
}

/** Runs the executable `zhpress <args>` as a child process. */
export function runCliProcess(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  return runNode([...cliEntry(), ...args], {
    ...opts,
    env: { ...process.env, ZHPRESS_DEBUG: "", ...opts.env },
  });
}

/** The CLI as a child process, for tests that signal or kill it mid-run. */
export function spawnCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  return track(
    spawn(process.execPath, [...cliEntry(), ...args], {
      cwd: opts.cwd ?? root,
      env: { ...process.env, ZHPRESS_DEBUG: "", ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    }),
  );
}

const running = new Set<ChildProcess>();
function track<C extends ChildProcess>(child: C): C {
  running.add(child);
  child.on("close", () => running.delete(child));
  return child;
}

// whatever a test started and did not see end (it failed, or timed out, before the child exited) is killed
// before the next test starts; each child is waited for, so none outlives its test file either
afterEach(async () => {
  const left = [...running];
  await Promise.all(
    left.map((child) => {
      const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
      child.kill("SIGKILL");
      return closed;
    }),
  );
});

type Write = typeof process.stdout.write;
let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs `zhpress <args>` in this process: `main` with stdout and stderr captured and ZHPRESS_DEBUG unset, its
 * result (or handleError's for a rejection, as src/cli/index.ts does) the exit code. Calls take turns: two
 * runs at once would share the captured streams. Input on stdin needs the real process: runCliProcess.
 */
export function runCli(args: string[]): Promise<CliResult> {
  const run = turn.then(() => inProcess(args));
  turn = run.catch(() => {});
  return run;
}

async function inProcess(args: string[]): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const capture = (into: Buffer[]): Write =>
    ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), done?: (e?: Error | null) => void) => {
      into.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
      const callback = typeof encoding === "function" ? encoding : done;
      if (callback) queueMicrotask(() => callback());
      return true;
    }) as Write;
  const [stdoutWrite, stderrWrite, debug] = [process.stdout.write, process.stderr.write, process.env.ZHPRESS_DEBUG];
  const [stdoutTty, stderrTty] = [process.stdout.isTTY, process.stderr.isTTY];
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  // captured output is a pipe, as for a child process: no progress bar even when vitest runs in a terminal
  process.stdout.isTTY = process.stderr.isTTY = false;
  delete process.env.ZHPRESS_DEBUG;
  // loaded on first use: a test file that only spawns does not pay for the whole command line
  const [{ main }, { handleError }] = await Promise.all([import("../../src/cli/main.js"), import("../../src/cli/handle-error.js")]);
  let code: number;
  try {
    code = await main(args).catch((e: unknown) => handleError(e));
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    [process.stdout.isTTY, process.stderr.isTTY] = [stdoutTty, stderrTty];
    if (debug !== undefined) process.env.ZHPRESS_DEBUG = debug;
  }
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}
