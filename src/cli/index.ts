#!/usr/bin/env node
// The zhpress executable: the only place that calls process.exit.
import { headStart } from "./head-start.js";
import { tuneTierUp } from "./tier-up.js";

// before any document is read: the same compilations as `node --interrupt-budget=…` (test/cli/tier-up.test.ts)
tuneTierUp();
const argv = process.argv.slice(2);
// before the rest of the program loads: it is imported below, not statically, so this runs first
headStart(argv);
const [{ main }, { handleError }] = await Promise.all([import("./main.js"), import("./handle-error.js")]);

// a reader that stops early (zhpress extract … | head -1) closes the pipe: that is the end, not an error
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : handleError(e)));

main(argv).then(
  (code) => process.exit(code),
  (e) => process.exit(handleError(e)),
);
