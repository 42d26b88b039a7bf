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

export async function openSink(path: string | null): Promise<LineSink> {
  if (path === null || path === "-") {
    return {
      write: (line) => writeTo(process.stdout, line + "\n"),
      close: async () => {},
      abort: async () => {},
    };
  }
  // a device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: a rename would replace it
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isFile()) {
    const direct = createWriteStream(path, { flags: "a" });
    return {
      write: (line) => writeTo(direct, line + "\n"),
      close: () => endStream(direct),
      abort: async () => void direct.destroy(),
    };
  }
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  const stream = createWriteStream(tmp);
  const forget = onExit(() => rmSync(tmp, { force: true }));
  return {
    write: (line) => writeTo(stream, line + "\n"),
    close: async () => {
      await endStream(stream);
      await rename(tmp, path);
      forget();
    },
    abort: async () => {
      stream.destroy();
      await rm(tmp, { force: true });
      forget();
    },
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

export { writeFileAtomic } from "../export/atomic.js";
