// Setup for every test file. vitest's worker gives up on a progress message (onTaskUpdate) after 60 s without a
// reply, and it reads a reply only when it turns its event loop. A test that runs synchronously (an extraction, a
// property over 150 inputs, a scaling shape) does not turn it, and vitest runs one synchronous test after another
// with promise continuations only: on a loaded machine a file of such tests blocks longer than 60 s in total, and
// passing tests end in "Timeout calling onTaskUpdate" (seen with test/reliability/fuzz.test.ts alone at load 16:
// 17 passed, 1 error). One full turn of the loop (poll included: two immediates, whatever phase the first is
// queued from) before each test reads the replies in time.
import { beforeEach } from "vitest";

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(async () => {
  await immediate();
  await immediate();
});
