// Runs the real zhpress executable from source (tsx), so tests never see a stale build. Every child is
// spawned asynchronously: a synchronous spawn blocks vitest's worker, which then misses its own RPC
// heartbeats on a busy machine ("Timeout calling onTaskUpdate").
import { spawn } from "node:child_process";
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

/** Runs `zhpress <args>` from source. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  return runNode(["--import", "tsx", `${root}src/cli/index.ts`, ...args], {
    ...opts,
    env: { ...process.env, ZHPRESS_DEBUG: "", ...opts.env },
  });
}
