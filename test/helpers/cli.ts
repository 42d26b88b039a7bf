// Runs the real zhpress executable from source (tsx), so tests never see a stale build.
import { spawnSync } from "node:child_process";
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
