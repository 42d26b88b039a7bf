// `node --import ./test/helpers/module-log.mjs …` appends to the file named by $ZHPRESS_MODULE_LOG the URL of
// every ES module the process loads and, when it exits, the path of every require()d one: tests that count
// what a process loads (test/startup.test.ts).
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

register("./module-log-hooks.mjs", import.meta.url);
const { cache } = createRequire(import.meta.url);
process.on("exit", () => {
  if (process.env.ZHPRESS_MODULE_LOG) appendFileSync(process.env.ZHPRESS_MODULE_LOG, Object.keys(cache).join("\n") + "\n");
});
