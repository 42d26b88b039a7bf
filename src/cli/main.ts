// The zhpress command line: parses flags into the options object and dispatches to a command.
// Each command's module is imported when that command runs: `extract` of one page does not load the
// store (better-sqlite3, pg), the server (hono), the queue (pg-boss) or the exporters (parquet, csv).
import { Command, CommanderError, Option } from "commander";
import { resolveOptions, type OptionsInput } from "../options.js";
import { EXPORT_FORMATS, type ExportFormat } from "../export/formats.js";
import { packageVersion } from "./version.js";
import { DEFAULT_DB } from "./defaults.js";
import { serveOptions, type ServeFlags } from "./serve-flags.js";
import { EXIT, handleError, UsageError } from "./handle-error.js";
import { addQueueCommands } from "./queue-program.js";

interface CommonFlags {
  out?: string;
  quiet?: boolean;
  concurrency?: string;
  maxFileMb?: string;
  maxBodyMb?: string;
  timeout?: string;
  workers?: string;
  connectTimeout?: string;
  retries?: string;
  perHost?: string;
  delayMs?: string;
  docTimeoutMs?: string;
}

function toOptions(flags: CommonFlags): ReturnType<typeof resolveOptions> {
  const num = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} wants a positive number, got "${v}"`);
    return n;
  };
  const mb = (v: string | undefined, name: string) => (v === undefined ? undefined : Math.round(num(v, name)! * 1024 * 1024));
  const input: OptionsInput = {
    quiet: flags.quiet ?? false,
    concurrency: num(flags.concurrency, "--concurrency"),
    workers: workerCount(flags.workers),
    maxFileBytes: mb(flags.maxFileMb, "--max-file-mb"),
    docTimeoutMs: flags.docTimeoutMs === undefined ? undefined : Math.ceil(num(flags.docTimeoutMs, "--doc-timeout-ms")!),
    fetch: { maxBytes: mb(flags.maxBodyMb, "--max-body-mb"), ...fetchFlags(flags) },
  };
  return resolveOptions(JSON.parse(JSON.stringify(input)));
}

/** Fetch flags: whole numbers, where 0 retries and 0 ms delay are meaningful. */
function fetchFlags(flags: CommonFlags): OptionsInput["fetch"] {
  const whole = (v: string | undefined, name: string, min: 0 | 1) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} wants a whole number ≥ ${min}, got "${v}"`);
    return n;
  };
  return {
    totalTimeoutMs: whole(flags.timeout, "--timeout", 1),
    connectTimeoutMs: whole(flags.connectTimeout, "--connect-timeout", 1),
    retries: whole(flags.retries, "--retries", 0),
    perHostConcurrency: whole(flags.perHost, "--per-host", 1),
    perHostDelayMs: whole(flags.delayMs, "--delay-ms", 0),
  };
}

/** --workers N threads; "auto" = one per core when the batch is large; 0 or 1 = in-process (an optional value would swallow the first input) */
function workerCount(v: string | undefined): number | "auto" | undefined {
  if (v === undefined || v === "auto") return v;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--workers wants a whole number of threads or "auto", got "${v}"`);
  return n;
}

function common(cmd: Command): Command {
  return cmd
    .option("-q, --quiet", "no progress or summary on stderr")
    .option("--concurrency <n>", "inputs in flight at once", undefined)
    .option("--workers <n>", 'extract in n worker threads (0 = in-process; default "auto": one per core for 3,000+ local files)')
    .option("--max-file-mb <n>", "refuse files larger than this (default 10)")
    .option("--doc-timeout-ms <ms>", "abandon a document still extracting after this many milliseconds (default 20000)")
    .option("--max-body-mb <n>", "refuse HTTP bodies larger than this (default 10)")
    .option("--timeout <ms>", "total timeout per URL in milliseconds (default 30000)")
    .option("--connect-timeout <ms>", "give up connecting to a host after this many milliseconds (default 10000)")
    .option("--retries <n>", "retries per URL on 429, 5xx and network errors, with backoff (default 3)")
    .option("--per-host <n>", "requests in flight to one host at once (default 2)")
    .option("--delay-ms <ms>", "polite wait between requests to one host (default 250)");
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name("zhpress")
    .description("Turns Chinese press articles on Shanxi's 三个一批 rounds into a verified, sourced dataset.")
    .version(packageVersion(), "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError("(run with --help for usage)");

  common(program.command("extract"))
    .description("extract one JSON record per article (JSONL)")
    .argument("[inputs...]", "files, folders, globs, http(s) URLs, @urls.txt, or - for stdin")
    .addOption(new Option("-o, --out <file>", "write JSONL here (default stdout)"))
    .addHelpText("after", "\nExample:\n  zhpress extract corpus/ --out out/extractions.jsonl\n  curl -s URL | zhpress extract -")
    .action(async (inputs: string[], flags: CommonFlags) => {
      code = await (await import("./commands/extract.js")).extractCommand({ inputs, out: flags.out ?? null }, toOptions(flags));
    });

  program
    .command("merge")
    .description("merge extraction JSONL into one record per round, person and zone")
    .argument("[jsonl...]", "extraction JSONL files")
    .option("-o, --out <file>", "write the merged dataset JSON here (default stdout)")
    .addHelpText("after", "\nExample:\n  zhpress merge out/extractions.jsonl --out out/merged.json")
    .action(async (inputs: string[], flags: { out?: string }) => {
      code = await (await import("./commands/merge.js")).mergeCommand({ inputs, out: flags.out ?? null });
    });

  common(program.command("run"))
    .description("extract, store and merge into a database (unchanged inputs are skipped), print the round table")
    .argument("[inputs...]", "files, folders, globs, http(s) URLs, @urls.txt, or - for stdin")
    .option("--db <file|url>", "the SQLite database (default out/zhpress.db, or DIR/zhpress.db with --out DIR), or postgres://user@host/db")
    .option("-o, --out <dir>", "also export extractions.jsonl, rounds.jsonl, people.jsonl, zones.jsonl, dataset.json and CSV files here")
    .addHelpText(
      "after",
      "\nExample:\n  zhpress run corpus                  # → out/zhpress.db\n  zhpress run corpus --db my.db --out exports/",
    )
    .action(async (inputs: string[], flags: CommonFlags & { db?: string }) => {
      code = await (
        await import("./commands/run.js")
      ).runCommand({ inputs, out: flags.out ?? null, db: flags.db ?? null }, toOptions(flags));
    });

  program
    .command("export")
    .description("write a database's dataset as files: jsonl (the record contract), csv (for spreadsheets) or parquet (one file per table)")
    .option("--db <file>", "the database", DEFAULT_DB)
    .addOption(new Option("--format <format>", "jsonl, csv or parquet").choices(EXPORT_FORMATS).default("csv"))
    .option("-o, --out <dir>", "folder for the files (default: the database's folder)")
    .option("-q, --quiet", "no summary on stderr")
    .addHelpText("after", "\nExample:\n  zhpress export --db out/zhpress.db --format parquet --out exports/")
    .action(async (flags: { db: string; format: ExportFormat; out?: string; quiet?: boolean }) => {
      code = await (
        await import("./commands/export.js")
      ).exportCommand({ db: flags.db, format: flags.format, out: flags.out ?? null, quiet: flags.quiet ?? false });
    });

  common(program.command("check"))
    .description(
      "check a claim against a dataset folder or inputs: supported (exit 0), refuted (1), not enough evidence (4), conflicting sources (5)",
    )
    .argument("<claim>", "e.g. 2023年第四次三个一批签约233个项目")
    .argument("[inputs...]", "a dataset folder from zhpress run --out, or files, folders, globs, URLs to extract")
    .option("--json", "print the verdict as JSON")
    .addHelpText(
      "after",
      '\nExamples:\n  zhpress check "2022年第二次太原签约34个项目" out/\n  zhpress check "2021年第一期 开工项目268个 总投资1288.6亿元" out/ --json\n' +
        "\nExit codes: 0 supported, 1 refuted, 4 not enough evidence, 5 conflicting sources, 2 usage error",
    )
    .action(async (claim: string, inputs: string[], flags: CommonFlags & { json?: boolean }) => {
      code = await (await import("./commands/check.js")).checkCommand({ claim, inputs, json: flags.json ?? false }, toOptions(flags));
    });

  program
    .command("serve")
    .description("serve the JSON API and the review page over a database from zhpress run --db")
    .option("--db <file>", "the database from zhpress run", DEFAULT_DB)
    .option("--port <n>", "port (default 8080; 0 picks a free one)")
    .option("--host <h>", "address to bind (default 127.0.0.1: this machine only)")
    .option("--allow-private", "let POST /api/extract fetch private, loopback and link-local addresses (cloud metadata stays refused)")
    .option("--max-body-mb <n>", "refuse request bodies larger than this (default 10)")
    .option("--rate-limit <n>", "API requests per minute per client (default 300)")
    .option("--extract-rate-limit <n>", "extractions per minute per client (default 30)")
    .addHelpText("after", "\nExample:\n  zhpress run corpus --db out/zhpress.db && zhpress serve --db out/zhpress.db")
    .action(async (flags: ServeFlags) => {
      code = await (await import("./commands/serve.js")).serveCommand({ db: flags.db, options: serveOptions(flags) });
    });
  addQueueCommands(program, common, toOptions, async (c) => void (code = await c));

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    return handleError(e);
  }
  return code;
}
