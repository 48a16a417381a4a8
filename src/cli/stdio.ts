// The CLI's output. Short commands write straight to file descriptors 1 and 2: creating node's
// process.stdout/stderr streams costs more than such a command's printing. A closed pipe ends
// the program quietly with 141, as SIGPIPE ends kubectl (`mk get pods | head -1`).
import { writeSync } from 'node:fs';

const guarded = new Set<NodeJS.WriteStream>();

/** process.stdout or process.stderr, with the closed-pipe rule (for streaming commands). */
export function stdStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(141);
      throw e;
    });
  }
  return stream;
}

/** Writes synchronously to fd; a non-blocking descriptor that fills up (EAGAIN) hands over to the stream. */
export function fdWriter(fd: 1 | 2): (s: string | Uint8Array) => void {
  let viaStream = false;
  return (s) => {
    if (viaStream) {
      stdStream(fd).write(s);
      return;
    }
    const buf = typeof s === 'string' ? Buffer.from(s) : s;
    let off = 0;
    try {
      while (off < buf.length) off += writeSync(fd, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(141);
      if (code !== 'EAGAIN') throw e;
      viaStream = true;
      stdStream(fd).write(buf.subarray(off));
    }
  };
}
