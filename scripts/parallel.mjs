// Runs shell commands at once and fails when any fails: `npm test` builds (type-checking every file once, then the
// review page, which reads the build's .d.ts) beside the lint (each is one single-threaded process: on two cores
// the two take about the longer one's time, not their sum).
// Each command's output is printed whole when it ends, so the logs never interleave.
// Usage: node scripts/parallel.mjs "<command>" "<command>" …
import { spawn } from "node:child_process";

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error("usage: node scripts/parallel.mjs <command>…");
  process.exit(2);
}

const run = (command) =>
  new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (b) => output.push(b));
    child.stderr.on("data", (b) => output.push(b));
    child.on("error", (e) => resolve({ command, code: 1, output: Buffer.from(`${e.message}\n`) }));
    child.on("close", (code, signal) => resolve({ command, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output) }));
  });

const results = await Promise.all(
  commands.map((c) =>
    run(c).then((r) => {
      process.stdout.write(r.output);
      if (r.code !== 0) console.error(`failed (exit ${r.code}): ${r.command}`);
      return r;
    }),
  ),
);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
