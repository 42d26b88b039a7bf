// Where results go: a file written atomically (temp + rename), or stdout. A temporary file is
// removed on every exit path, Ctrl-C and SIGTERM included (signal-exit, as write-file-atomic does).
import { createWriteStream, rmSync } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { onExit } from "signal-exit";

export interface LineSink {
  write(line: string): Promise<void>;
  /** commit: the file appears whole, or not at all */
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** lines are written in chunks of about this many characters: one write per dozen documents, not one each */
export const CHUNK_CHARS = 64 * 1024;

export async function openSink(path: string | null): Promise<LineSink> {
  if (path === null || path === "-") {
    const out = chunked(process.stdout);
    // what was extracted before a failure is still written, as it was line by line
    return { write: out.write, close: out.flush, abort: out.flush };
  }
  // a device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: a rename would replace it
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isFile()) {
    const direct = createWriteStream(path, { flags: "a" });
    const out = chunked(direct);
    return {
      write: out.write,
      close: () => out.flush().then(() => endStream(direct)),
      abort: async () => void direct.destroy(),
    };
  }
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  const stream = createWriteStream(tmp);
  const forget = onExit(() => rmSync(tmp, { force: true }));
  const out = chunked(stream);
  return {
    write: out.write,
    close: async () => {
      await out.flush();
      await endStream(stream);
      await rename(tmp, path);
      forget();
    },
    abort: async () => {
      // the temp file may still be opening (nothing written yet): wait for it to close before removing it
      const closed = stream.closed ? Promise.resolve() : new Promise<void>((done) => stream.once("close", () => done()));
      stream.destroy();
      await closed;
      await rm(tmp, { force: true });
      forget();
    },
  };
}

/** Gathers lines and writes them CHUNK_CHARS at a time; `flush` writes what is left. */
function chunked(stream: NodeJS.WritableStream): { write: (line: string) => Promise<void>; flush: () => Promise<void> } {
  let pending = "";
  const flush = async () => {
    if (pending === "") return;
    const chunk = pending;
    pending = "";
    await writeTo(stream, chunk);
  };
  return {
    write: (line) => {
      pending += line + "\n";
      return pending.length >= CHUNK_CHARS ? flush() : Promise.resolve();
    },
    flush,
  };
}

function endStream(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((res, rej) => stream.end((e?: Error | null) => (e ? rej(e) : res())));
}

function writeTo(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((res, rej) => {
    const ok = stream.write(chunk, (e) => (e ? rej(e) : undefined));
    if (ok) res();
    else stream.once("drain", res);
  });
}
