// Runs the real zhpress executable: the build when it is newer than every source file (npm test builds
// first; a built start is about half of a tsx one), else the sources through tsx, so a test never sees a
// stale build. Every child is spawned asynchronously: a synchronous spawn blocks vitest's worker, which
// then misses its own RPC heartbeats on a busy machine ("Timeout calling onTaskUpdate").
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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
    const child = spawn(process.execPath, args, {
      cwd: opts.cwd ?? root,
      env: opts.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: opts.timeoutMs ?? 90_000,
    });
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

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let fresh: boolean | null = null;
/** dist/ is newer than every file under src/ and scripts/ (decided once per test file) */
export function buildIsFresh(): boolean {
  const built = `${root}dist/src/cli/index.js`;
  fresh ??= existsSync(built) && statSync(built).mtimeMs >= Math.max(newestMtime(`${root}src`), newestMtime(`${root}scripts`));
  return fresh;
}

/** the built CLI when it is fresh, else the sources through tsx */
function cliEntry(): string[] {
  return buildIsFresh() ? [`${root}dist/src/cli/index.js`] : ["--import", "tsx", `${root}src/cli/index.ts`];
}

/** Runs `zhpress <args>`. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  return runNode([...cliEntry(), ...args], {
    ...opts,
    env: { ...process.env, ZHPRESS_DEBUG: "", ...opts.env },
  });
}

/** runCli under the name the store and serve tests use */
export const runCliAsync = runCli;

/** The CLI as a child process, for tests that signal or kill it mid-run. */
export function spawnCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  return spawn(process.execPath, [...cliEntry(), ...args], {
    cwd: opts.cwd ?? root,
    env: { ...process.env, ZHPRESS_DEBUG: "", ...opts.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}
