// The queue commands' flags: enqueue, worker, status (PostgreSQL with pg-boss; see README, "Many machines").
import type { Command } from "commander";
import type { Options } from "../options.js";
import { DEFAULT_JOB_POLICY } from "./defaults.js";
import { UsageError } from "./handle-error.js";

type Common = (cmd: Command) => Command;
type SetCode = (code: Promise<number>) => Promise<void>;

const seconds = (v: string | undefined, name: string, fallback: number, min = 1): number => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`${name} wants a number of seconds ≥ ${min}, got "${v}"`);
  return n;
};

// pg-boss and pg load only when a queue command runs
const queueCommands = () => import("./commands/queue.js");

export function addQueueCommands(program: Command, common: Common, toOptions: (flags: object) => Options, run: SetCode): void {
  common(program.command("enqueue"))
    .description("queue inputs in PostgreSQL for `zhpress worker` (files are read now and their bytes stored; URLs are fetched by workers)")
    .argument("[inputs...]", "files, folders, globs, http(s) URLs, @urls.txt, or - for stdin")
    .option("--db <url>", "postgres://user@host/database")
    .option(
      "--job-timeout-s <s>",
      `a job running longer is taken as lost and given to another worker (default ${DEFAULT_JOB_POLICY.timeoutSeconds})`,
    )
    .option(
      "--job-retries <n>",
      `attempts after the first, with doubling delays, before a job is failed for good (default ${DEFAULT_JOB_POLICY.retries})`,
    )
    .option("--job-retry-delay-s <s>", `delay before the first retry (default ${DEFAULT_JOB_POLICY.retryDelaySeconds})`)
    .addHelpText("after", "\nExample:\n  zhpress enqueue corpus/ @urls.txt --db postgres://zhpress@db.example/zhpress")
    .action((inputs: string[], flags: Record<string, string | undefined>) => {
      const policy = {
        timeoutSeconds: seconds(flags.jobTimeoutS, "--job-timeout-s", DEFAULT_JOB_POLICY.timeoutSeconds),
        retries: seconds(flags.jobRetries, "--job-retries", DEFAULT_JOB_POLICY.retries, 0),
        retryDelaySeconds: seconds(flags.jobRetryDelayS, "--job-retry-delay-s", DEFAULT_JOB_POLICY.retryDelaySeconds),
      };
      const opts = toOptions(flags);
      return run(queueCommands().then((q) => q.enqueueCommand({ inputs, db: flags.db, policy }, opts)));
    });

  common(program.command("worker"))
    .description("take jobs from the PostgreSQL queue: fetch (politely, per host across all workers), extract, store, merge")
    .option("--db <url>", "postgres://user@host/database")
    .option("--until-idle", "exit when no job is queued, retrying or running anywhere")
    .option("--merge-delay-s <s>", "wait this long after a page is stored before merging, so one merge covers many pages (default 5)")
    .option("--maintenance-s <s>", "how often to look for jobs whose worker died (default 30)")
    .option("--poll-s <s>", "how often an idle worker asks for work (default 1)")
    .addHelpText("after", "\nExample:\n  zhpress worker --db postgres://zhpress@db.example/zhpress --concurrency 4")
    .action((flags: Record<string, string | boolean | undefined>) => {
      const opts = toOptions(flags);
      const s = (k: string, name: string, d: number, min?: number) => seconds(flags[k] as string | undefined, name, d, min);
      const args = {
        db: flags.db as string | undefined,
        concurrency: opts.concurrency,
        untilIdle: flags.untilIdle === true,
        mergeDelaySeconds: s("mergeDelayS", "--merge-delay-s", 5, 0),
        maintenanceSeconds: s("maintenanceS", "--maintenance-s", 30),
        pollSeconds: s("pollS", "--poll-s", 1, 0.05),
      };
      return run(queueCommands().then((q) => q.workerCommand(args, opts)));
    });

  program
    .command("status")
    .description("jobs queued, retrying, running, done and failed (with their errors), and what the database holds")
    .option("--db <url>", "postgres://user@host/database")
    .option("--json", "print the status as JSON")
    .addHelpText("after", "\nExample:\n  zhpress status --db postgres://zhpress@db.example/zhpress")
    .action((flags: { db?: string; json?: boolean }) =>
      run(queueCommands().then((q) => q.statusCommand({ db: flags.db, json: flags.json ?? false }))),
    );
}
