// `node --import ./test/helpers/module-log.mjs …` appends the URL of every ES module the process loads to the
// file named by $ZHPRESS_MODULE_LOG (require()d modules are in require.cache instead): tests that count what
// a process loads (test/startup.test.ts).
import { register } from "node:module";

register("./module-log-hooks.mjs", import.meta.url);
