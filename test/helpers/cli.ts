// Runs the real zhpress executable from source (tsx), so tests never see a stale build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", `${root}src/cli/index.ts`, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, ZHPRESS_DEBUG: "" },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, spawned asynchronously: vitest's RPC keeps running while the CLI does (spawnSync blocks it). */
export function runCliAsync(
  args: string[],
  opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, opts);
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    else child.stdin!.end();
  });
}

/** The CLI as a child process, for tests that signal or kill it mid-run. */
export function spawnCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", `${root}src/cli/index.ts`, ...args], {
    cwd: opts.cwd ?? root,
    env: { ...process.env, ZHPRESS_DEBUG: "", ...opts.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}
