// The queue commands' usage errors: one line, exit 2, no stack trace, no password.
import { expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";

test.each([
  [["worker"], /^zhpress: worker needs --db postgres:\/\/user@host\/database\n$/],
  [["status", "--db", "out/zhpress.db"], /^zhpress: status needs a PostgreSQL database \(--db postgres:\/\/…\), not "out\/zhpress.db"\n$/],
  [["enqueue", "--db", "postgres://u@127.0.0.1:1/x"], /^zhpress: no inputs: name files, folders, globs, URLs or - for stdin\n$/],
  [
    ["enqueue", "corpus", "--db", "postgres://u:hunter2@127.0.0.1:1/x"],
    /^zhpress: postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x: cannot connect to PostgreSQL \(.*\)\n$/,
  ],
  [["worker", "--db", "postgres://u@127.0.0.1:1/x", "--poll-s", "0"], /^zhpress: --poll-s wants a number of seconds ≥ 0.05, got "0"\n$/],
])(
  "%j is a usage error",
  async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/hunter2|\n {4}at /);
  },
  60_000,
);
