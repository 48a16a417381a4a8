// ContainerStreams: the stdin pipe a container keeps for attach, and its output fan-out.
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { ContainerStreams, type AttachSink } from '../../src/kubelet/attach-streams.js';

function pipe(): { stream: PassThrough; written: () => string; ended: () => boolean } {
  const stream = new PassThrough();
  let data = '';
  let done = false;
  stream.on('data', (b: Buffer) => (data += b));
  stream.on('end', () => (done = true));
  return { stream, written: () => data, ended: () => done || stream.writableEnded };
}

function sink(): AttachSink & { out: string[]; ended: boolean } {
  const s = { out: [] as string[], ended: false, output: (st: string, b: Buffer) => s.out.push(`${st}:${b}`), end: () => (s.ended = true) };
  return s;
}

describe('ContainerStreams', () => {
  it('stdinOnce: the first stdin client owns stdin, and its leaving closes it', () => {
    const p = pipe();
    const streams = new ContainerStreams(true);
    streams.bindStdin(p.stream);
    const first = streams.attach(sink(), true);
    first.stdin(Buffer.from('a\n'));
    const second = streams.attach(sink(), true);
    second.stdin(Buffer.from('ignored\n'));
    first.endStdin();
    expect(p.ended()).toBe(true);
    first.stdin(Buffer.from('late\n'));
    expect(p.written()).toBe('a\n');
  });

  it('without stdinOnce, stdin outlives its clients', () => {
    const p = pipe();
    const streams = new ContainerStreams(false);
    streams.bindStdin(p.stream);
    const a = streams.attach(sink(), true);
    a.stdin(Buffer.from('1'));
    a.detach();
    const b = streams.attach(sink(), true);
    b.stdin(Buffer.from('2'));
    b.endStdin();
    expect(p.ended()).toBe(false);
    expect(p.written()).toBe('12');
  });

  it('sends output to attached clients only, and ends them when the process is gone', async () => {
    const streams = new ContainerStreams(false);
    streams.output('stdout', Buffer.from('before'));
    const s = sink();
    const session = streams.attach(s, false);
    streams.output('stdout', Buffer.from('x'));
    streams.output('stderr', Buffer.from('y'));
    const gone = sink();
    streams.attach(gone, false).detach();
    streams.output('stdout', Buffer.from('z'));
    streams.close();
    expect(s.out).toEqual(['stdout:x', 'stderr:y', 'stdout:z']);
    expect(s.ended).toBe(true);
    expect(gone.out).toEqual([]);
    session.detach();
    const late = sink();
    streams.attach(late, true);
    await Promise.resolve();
    expect(late.ended).toBe(true);
  });
});
