// A container's standard streams as the runtime holds them for `attach`: the stdin pipe stays
// open while the process lives (spec `stdin: true`), output goes to every attached client as
// well as to the log, and with `stdinOnce` stdin closes when the first client that attached
// with stdin goes away (CRI semantics: the process then reads EOF).
import type { Writable } from 'node:stream';

export type OutputStream = 'stdout' | 'stderr';

export interface AttachSink {
  output(stream: OutputStream, b: Buffer): void;
  /** the process exited and all its output has been delivered */
  end(): void;
}

export interface AttachSession {
  stdin(b: Buffer): void;
  /** the client closed its stdin */
  endStdin(): void;
  /** the client went away */
  detach(): void;
}

export class ContainerStreams {
  private sinks = new Set<AttachSink>();
  private stdinPipe?: Writable;
  private stdinClosed = false;
  /** stdinOnce: a client has attached with stdin, later ones cannot reopen it */
  private stdinTaken = false;
  private ended = false;

  constructor(private readonly stdinOnce: boolean) {}

  /** The process's stdin pipe (null when the container does not keep stdin). */
  bindStdin(pipe: Writable | null | undefined): void {
    if (!pipe) return;
    this.stdinPipe = pipe;
    pipe.on('error', () => undefined);
  }

  get hasStdin(): boolean {
    return !!this.stdinPipe;
  }

  output(stream: OutputStream, b: Buffer): void {
    for (const s of this.sinks) s.output(stream, b);
  }

  /** The process is gone and its pipes drained: every session ends. */
  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.closeStdin();
    const sinks = [...this.sinks];
    this.sinks.clear();
    for (const s of sinks) s.end();
  }

  private closeStdin(): void {
    if (this.stdinClosed) return;
    this.stdinClosed = true;
    this.stdinPipe?.end();
  }

  attach(sink: AttachSink, withStdin: boolean): AttachSession {
    if (this.ended) {
      queueMicrotask(() => sink.end());
      return { stdin: () => undefined, endStdin: () => undefined, detach: () => undefined };
    }
    this.sinks.add(sink);
    // only the first stdin client of a stdinOnce container owns stdin; its leaving closes it
    const owner = withStdin && !!this.stdinPipe && !(this.stdinOnce && this.stdinTaken);
    if (owner && this.stdinOnce) this.stdinTaken = true;
    let open = owner;
    const release = () => {
      if (!open) return;
      open = false;
      if (this.stdinOnce) this.closeStdin();
    };
    return {
      stdin: (b) => {
        if (open && !this.stdinClosed) this.stdinPipe!.write(b);
      },
      endStdin: release,
      detach: () => {
        release();
        this.sinks.delete(sink);
      },
    };
  }
}
