import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Balancer, type Backend } from '../../src/proxy/balancer.js';
import { relay } from '../../src/proxy/tcp-relay.js';
import { backendsFor, listenersFor } from '../../src/proxy/service-backends.js';
import { SpdyPortForwardSession } from '../../src/proxy/spdy-portforward.js';
import { controlFrame, dataFrame, decodeHeaderBlock, encodeHeaderBlock, FLAG_FIN, FrameReader, FrameType, HeaderCodec, type Frame } from '../../src/proxy/spdy-framing.js';
import { SPDY3_DICTIONARY } from '../../src/proxy/spdy-dictionary.js';

const be = (ip: string, o: Partial<Backend> = {}): Backend => ({ ip, port: 80, ready: true, serving: true, terminating: false, ...o });

describe('Balancer', () => {
  it('rotates over ready endpoints and falls back to serving terminating ones', () => {
    const b = new Balancer();
    const all = [be('a'), be('b'), be('c', { ready: false, serving: false })];
    expect([0, 1, 2, 3].map(() => b.order(all, 'x')[0].ip)).toEqual(['a', 'b', 'a', 'b']);
    expect(b.order(all, 'x').map((x) => x.ip)).toHaveLength(2);
    const draining = [be('d', { ready: false, serving: true, terminating: true }), be('e', { ready: false, serving: false, terminating: true })];
    expect(b.order(draining, 'x').map((x) => x.ip)).toEqual(['d']);
    expect(b.order([], 'x')).toEqual([]);
  });

  it('ClientIP affinity sticks to the backend a client last used until it times out', () => {
    const b = new Balancer(10);
    const all = [be('a'), be('b'), be('c')];
    const first = b.order(all, '1.1.1.1', 0)[0];
    b.connected('1.1.1.1', first, 0);
    expect([1, 2, 3].map((t) => b.order(all, '1.1.1.1', t * 1000)[0].ip)).toEqual([first.ip, first.ip, first.ip]);
    expect(b.order(all, '1.1.1.1', 20_000)[0].ip).not.toBe(undefined);
    // another client still rotates
    expect(new Set([1, 2, 3].map(() => b.order(all, '2.2.2.2')[0].ip)).size).toBe(3);
  });
});

describe('service listeners and backends', () => {
  it('opens node ports on every node address and LoadBalancer ports on the ingress IP', () => {
    const svcs = [
      { metadata: { name: 'np', namespace: 'd' }, spec: { type: 'NodePort', ports: [{ name: 'http', port: 80, nodePort: 30080, protocol: 'TCP' }] } },
      { metadata: { name: 'lb', namespace: 'd' }, spec: { type: 'LoadBalancer', ports: [{ port: 81, nodePort: 30081 }] }, status: { loadBalancer: { ingress: [{ ip: '127.0.0.1' }] } } },
      { metadata: { name: 'ci', namespace: 'd' }, spec: { type: 'ClusterIP', ports: [{ port: 82 }] } },
    ];
    expect(listenersFor(svcs, ['127.0.0.1', '127.0.0.2']).map((l) => `${l.host}:${l.port}>${l.service}:${l.portName}`)).toEqual([
      '127.0.0.1:30080>d/np:http',
      '127.0.0.2:30080>d/np:http',
      '127.0.0.1:30081>d/lb:',
      '127.0.0.2:30081>d/lb:',
      '127.0.0.1:81>d/lb:',
    ]);
  });

  it('reads endpoints of the matching port name across slices', () => {
    const slices = [
      { metadata: {}, addressType: 'IPv4', ports: [{ name: 'http', port: 8080, protocol: 'TCP' }], endpoints: [{ addresses: ['10.0.0.2'], conditions: { ready: true }, targetRef: { name: 'p2' } }] },
      { metadata: {}, addressType: 'IPv4', ports: [{ name: 'http', port: 9090, protocol: 'TCP' }], endpoints: [{ addresses: ['10.0.0.1'], conditions: { ready: false, serving: true, terminating: true } }] },
      { metadata: {}, addressType: 'IPv4', ports: [{ name: 'metrics', port: 9100, protocol: 'TCP' }], endpoints: [{ addresses: ['10.0.0.3'] }] },
    ];
    expect(backendsFor(slices, 'http')).toEqual([
      { ip: '10.0.0.1', port: 9090, ready: false, serving: true, terminating: true, pod: undefined },
      { ip: '10.0.0.2', port: 8080, ready: true, serving: true, terminating: false, pod: 'p2' },
    ]);
  });
});

// ---- real sockets ----
const servers: Server[] = [];
function serve(handler: (s: Socket) => void): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer(handler);
    servers.push(srv);
    srv.listen(0, '127.0.0.1', () => resolve((srv.address() as { port: number }).port));
  });
}
function freeClosedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}
/** A proxy listener relaying to the given ports in order; returns its port. */
async function relayTo(ports: number[]): Promise<number> {
  return serve((c) => relay(c, ports.map((p) => ({ backend: p, address: () => ({ host: '127.0.0.1', port: p }) }))));
}
function ask(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1');
    let out = '';
    s.on('connect', () => s.write(text));
    s.on('data', (d) => (out += d));
    s.on('end', () => resolve(out));
    s.on('error', reject);
  });
}

let echo = 0;
let refused = 0;
let hangup = 0;
beforeAll(async () => {
  echo = await serve((s) => s.once('data', (d) => s.end(`echo:${d}`)));
  refused = await freeClosedPort();
  // a server that is shutting down: accepts, then closes without reading
  hangup = await serve((s) => s.destroy());
});
afterAll(() => servers.forEach((s) => s.close()));

describe('relay', () => {
  it('moves past a refused endpoint and a silent hang-up, replaying what the client sent', async () => {
    expect(await ask(await relayTo([refused, hangup, echo]), 'hi')).toBe('echo:hi');
  });

  it('resets the client when no endpoint takes the connection', async () => {
    const port = await relayTo([refused]);
    await expect(ask(port, 'x')).rejects.toThrow(/ECONNRESET|socket hang up/);
  });
});

// ---- SPDY port-forward session, driven by a hand-written client ----
describe('SPDY port-forward session', () => {
  it('pairs error and data streams by requestID, answers SYN_REPLY and PING, and splices data', async () => {
    const deflate = new HeaderCodec('deflate');
    const inflate = new HeaderCodec('inflate');
    const reader = new FrameReader();
    const got: Frame[] = [];
    let wake: () => void = () => undefined;
    const session = new SpdyPortForwardSession({
      send: (b) => {
        got.push(...reader.push(b));
        wake();
      },
      dial: (port) =>
        new Promise((resolve, reject) => {
          if (port !== 80) return reject(new Error(`error forwarding port ${port}`));
          const s = connect(echo, '127.0.0.1', () => resolve(s));
        }),
    });
    const until = async (pred: () => boolean) => {
      while (!pred()) await new Promise<void>((r) => (wake = r));
    };
    const syn = async (id: number, headers: Record<string, string>, flags = 0) => {
      const head = Buffer.alloc(10);
      head.writeUInt32BE(id, 0);
      const block = await deflate.run(encodeHeaderBlock(new Map(Object.entries(headers).map(([k, v]) => [k, [v]]))));
      session.receive(controlFrame(FrameType.SynStream, flags, Buffer.concat([head, block])));
    };
    await syn(1, { streamType: 'error', port: '80', requestID: '0' });
    session.receive(dataFrame(1, FLAG_FIN));
    await syn(3, { streamType: 'data', port: '80', requestID: '0' });
    session.receive(dataFrame(3, 0, Buffer.from('hello')));
    const ping = Buffer.alloc(4);
    ping.writeUInt32BE(7);
    session.receive(controlFrame(FrameType.Ping, 0, ping));
    await until(() => got.some((f) => !f.control && f.streamId === 3 && f.flags & FLAG_FIN));
    const replies = got.filter((f) => f.control && f.type === FrameType.SynReply);
    expect(replies.map((f) => f.data.readUInt32BE(0))).toEqual([1, 3]);
    expect(decodeHeaderBlock(await inflate.run(replies[0].data.subarray(4))).size).toBe(0);
    expect(got.some((f) => f.control && f.type === FrameType.Ping && f.data.readUInt32BE(0) === 7)).toBe(true);
    const body = Buffer.concat(got.filter((f) => !f.control && f.streamId === 3).map((f) => f.data)).toString();
    expect(body).toBe('echo:hello');
    expect(got.some((f) => !f.control && f.streamId === 1 && f.flags & FLAG_FIN)).toBe(true);

    // a refused port reports on the error stream
    await syn(5, { streamType: 'error', port: '81', requestID: '1' });
    await syn(7, { streamType: 'data', port: '81', requestID: '1' });
    await until(() => got.some((f) => !f.control && f.streamId === 5 && f.data.length > 0));
    expect(got.find((f) => !f.control && f.streamId === 5 && f.data.length)!.data.toString()).toBe('error forwarding port 81');
    session.close();
    deflate.close();
    inflate.close();
  });

  it('uses the SPDY/3 zlib dictionary (1423 bytes)', () => {
    expect(SPDY3_DICTIONARY.length).toBe(1423);
    expect(SPDY3_DICTIONARY.subarray(0, 11).toString('latin1')).toBe('\0\0\0\x07options');
    expect(SPDY3_DICTIONARY.subarray(-5).toString()).toBe('enq=0.'.slice(1));
  });
});

describe('CLI helpers', async () => {
  const { accepts, makeFilter } = await import('../../src/cli/commands/proxy.js');
  const { parsePortSpecs } = await import('../../src/cli/commands/port-forward.js');
  const { serviceTable } = await import('../../src/cli/commands/service.js');

  it('kubectl proxy filter: loopback hosts only, exec and attach refused', () => {
    const f = makeFilter({});
    expect(accepts(f, 'GET', '/api/v1/namespaces/default/pods/x:80/proxy/', 'localhost:8001')).toBe(true);
    expect(accepts(f, 'GET', '/version', '127.0.0.1:8001')).toBe(true);
    expect(accepts(f, 'GET', '/version', 'example.com')).toBe(false);
    expect(accepts(f, 'POST', '/api/v1/namespaces/default/pods/x/exec', '127.0.0.1')).toBe(false);
    expect(accepts(f, 'GET', '/api/v1/namespaces/default/pods/x/attach', '[::1]:8001')).toBe(false);
  });

  it('port specs', () => {
    expect(parsePortSpecs(['8080', '9000:80', ':443'])).toEqual([
      { local: 8080, remote: 8080 },
      { local: 9000, remote: 80 },
      { local: 0, remote: 443 },
    ]);
    expect(() => parsePortSpecs(['x'])).toThrow(/Error parsing local port 'x'/);
  });

  it("minikube's service table", () => {
    expect(serviceTable([['default', 'hello-nginx', '80', 'http://127.0.0.1:31124']])).toBe(
      [
        '|-----------|-------------|-------------|------------------------|',
        '| NAMESPACE |    NAME     | TARGET PORT |          URL           |',
        '|-----------|-------------|-------------|------------------------|',
        '| default   | hello-nginx |          80 | http://127.0.0.1:31124 |',
        '|-----------|-------------|-------------|------------------------|',
        '',
      ].join('\n'),
    );
  });
});
