// The generic server-side SPDY/3.1 session, driven by a hand-written client.
import { describe, expect, it } from 'vitest';
import { controlFrame, dataFrame, decodeHeaderBlock, encodeHeaderBlock, FLAG_FIN, FrameReader, FrameType, HeaderCodec, type Frame } from '../../src/proxy/spdy-framing.js';
import { SpdySession, type SpdyStream } from '../../src/proxy/spdy-session.js';
import { negotiateStreamProtocol, offeredStreamProtocols } from '../../src/proxy/spdy-upgrade.js';
import type { IncomingMessage } from 'node:http';

function client(opts: { accept?: (type: string) => boolean; onStream: (s: SpdyStream) => void }) {
  const deflate = new HeaderCodec('deflate');
  const reader = new FrameReader();
  const got: Frame[] = [];
  let wake: () => void = () => undefined;
  let closed = 0;
  const session = new SpdySession({
    send: (b) => {
      got.push(...reader.push(b));
      wake();
    },
    accept: opts.accept && ((h) => opts.accept!(h.get('streamtype')?.[0] ?? '')),
    onStream: opts.onStream,
    onClose: () => closed++,
  });
  return {
    session,
    got,
    closed: () => closed,
    async until(pred: () => boolean) {
      while (!pred()) await new Promise<void>((r) => (wake = r));
    },
    async syn(id: number, headers: Record<string, string>, flags = 0) {
      const head = Buffer.alloc(10);
      head.writeUInt32BE(id, 0);
      const block = await deflate.run(encodeHeaderBlock(new Map(Object.entries(headers).map(([k, v]) => [k, [v]]))));
      session.receive(controlFrame(FrameType.SynStream, flags, Buffer.concat([head, block])));
    },
    done: () => deflate.close(),
  };
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

describe('SpdySession', () => {
  it('answers SYN_REPLY before the handler runs, relays data both ways and half-closes with FIN', async () => {
    const seen: string[] = [];
    const c = client({
      onStream: (s) => {
        seen.push(`${s.id}:${s.header('streamType')}`);
        s.onData = (b) => s.write(Buffer.from(b.toString().toUpperCase()));
        s.onEnd = () => s.end();
      },
    });
    await c.syn(1, { streamType: 'stdout' });
    c.session.receive(dataFrame(1, 0, Buffer.from('abc')));
    c.session.receive(dataFrame(1, FLAG_FIN));
    await c.until(() => c.got.some((f) => !f.control && f.flags & FLAG_FIN));
    expect(seen).toEqual(['1:stdout']);
    const inflate = new HeaderCodec('inflate');
    const [reply, data, fin] = c.got;
    expect(reply.control && reply.type).toBe(FrameType.SynReply);
    expect(decodeHeaderBlock(await inflate.run(reply.data.subarray(4))).size).toBe(0);
    expect(!data.control && data.data.toString()).toBe('ABC');
    expect(!fin.control && fin.streamId === 1 && fin.data.length).toBe(0);
    inflate.close();
    c.session.close();
    c.done();
  });

  it('resets refused streams, tells the handler about a client RST, and says GOAWAY once', async () => {
    const resets: number[] = [];
    const c = client({ accept: (t) => t !== 'bogus', onStream: (s) => (s.onReset = () => resets.push(s.id)) });
    await c.syn(1, { streamType: 'bogus' });
    await c.syn(3, { streamType: 'error' });
    await c.syn(5, { streamType: 'stdin' });
    c.session.receive(controlFrame(FrameType.RstStream, 0, Buffer.concat([u32(3), u32(5)])));
    // frames are handled in order: the PING's echo means the RST has been handled
    c.session.receive(controlFrame(FrameType.Ping, 0, u32(9)));
    await c.until(() => c.got.some((f) => f.control && f.type === FrameType.Ping));
    expect(c.got.filter((f) => f.control && f.type === FrameType.SynReply).map((f) => f.data.readUInt32BE(0))).toEqual([3, 5]);
    const rst = c.got.find((f) => f.control && f.type === FrameType.RstStream)!;
    expect(rst.data.readUInt32BE(0)).toBe(1);
    expect(resets).toEqual([3]);
    c.session.goAway();
    c.session.close();
    expect(c.got.filter((f) => f.control && f.type === FrameType.GoAway)).toHaveLength(1);
    // the still-open stream 5 learns the session ended
    expect(resets).toEqual([3, 5]);
    expect(c.closed()).toBe(1);
    c.done();
  });
});

describe('stream protocol negotiation', () => {
  it("takes the client's first supported offer, from repeated headers", () => {
    const req = { headers: { 'x-stream-protocol-version': 'v5.channel.k8s.io, v4.channel.k8s.io, v3.channel.k8s.io' } } as unknown as IncomingMessage;
    const offers = offeredStreamProtocols(req);
    expect(offers).toEqual(['v5.channel.k8s.io', 'v4.channel.k8s.io', 'v3.channel.k8s.io']);
    expect(negotiateStreamProtocol(offers, ['channel.k8s.io', 'v3.channel.k8s.io', 'v4.channel.k8s.io'])).toBe('v4.channel.k8s.io');
    expect(negotiateStreamProtocol(['v9'], ['v4.channel.k8s.io'])).toBeUndefined();
  });
});
