// Setup for every test file. The CLI tests run the real executable with spawnSync, which blocks a test
// worker for seconds at a time; vitest's worker gives up on a progress message after 60 s without a reply,
// and a reply is only read when the worker turns its event loop. On a loaded machine a file of such tests
// blocks longer than that in total, and passing tests end in a "Timeout calling onTaskUpdate" error.
// One full turn of the loop (poll included) before each test reads the replies in time.
import { beforeEach } from "vitest";

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(async () => {
  await immediate();
  await immediate();
});
