// Building blocks of `kubectl describe`: tabwriter runs, times, quantities, events, probes.
process.env.TZ = 'UTC';
import { describe, expect, it } from 'vitest';
import { PrefixWriter, tabbed } from '../../src/cli/describe/prefix-writer.js';
import { rfc1123z, formatLabelSelector, labelSelectorString } from '../../src/cli/describe/format.js';
import { canonicalQuantity, formatQuantity, parseQuantity, addQuantity } from '../../src/cli/describe/quantity.js';
import { describeEvents, eventAge } from '../../src/cli/describe/events.js';
import { formatEndpointSlices } from '../../src/cli/describe/networking.js';
import { describeProbe } from '../../src/cli/describe/probe.js';
import { computePodQOS } from '../../src/cli/describe/qos.js';
import { printTolerationsMultiline } from '../../src/cli/describe/multiline.js';

const NOW = Date.parse('2025-07-01T12:00:00Z');
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

describe('prefix writer and tabwriter', () => {
  it('aligns consecutive tab lines, a tab-less line starts a new run, levels indent 2 spaces', () => {
    const out = tabbed((w) => {
      w.write(0, 'Name:\tweb\n');
      w.write(0, 'Namespace:\tdefault\n');
      w.write(0, 'Containers:\n');
      w.write(1, 'a:\t1\n');
      w.write(1, 'long-key:\t2\n');
    });
    expect(out).toBe('Name:       web\nNamespace:  default\nContainers:\n  a:         1\n  long-key:  2\n');
  });

  it('flush ends an alignment run; raw() keeps the tabs', () => {
    const w = new PrefixWriter();
    w.write(0, 'Long title here:\tx\n');
    w.flush();
    w.write(0, 'A:\ty\n');
    expect(w.toString()).toBe('Long title here:  x\nA:  y\n');
    const r = new PrefixWriter();
    r.write(1, 'Image:\tnginx\n');
    expect(r.raw()).toBe('  Image:\tnginx\n');
  });

  it('makes terminal escapes visible like printers.WriteEscaped', () => {
    const w = new PrefixWriter();
    w.write(0, 'Message:\tbad\x1b[31m\r\n');
    expect(w.raw()).toBe('Message:\tbad^[[31m\\r\n');
  });
});

describe('RFC1123Z times', () => {
  it('prints UTC timestamps with +0000', () => {
    expect(rfc1123z('2025-07-01T10:00:00Z')).toBe('Tue, 01 Jul 2025 10:00:00 +0000');
    expect(rfc1123z(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000');
  });

  it('uses the process time zone like Go (TZ)', () => {
    process.env.TZ = 'America/St_Johns';
    try {
      expect(rfc1123z('2025-07-01T10:00:00Z')).toBe('Tue, 01 Jul 2025 07:30:00 -0230');
    } finally {
      process.env.TZ = 'UTC';
    }
  });
});

describe('quantities', () => {
  it('canonicalizes like resource.Quantity.String()', () => {
    const cases: [string, string][] = [
      ['100m', '100m'],
      ['0.25', '250m'],
      ['1000m', '1'],
      ['1024Mi', '1Gi'],
      ['1536Mi', '1536Mi'],
      ['128974848', '128974848'],
      ['129e6', '129e6'],
      ['1.5Gi', '1536Mi'],
      ['512', '512'],
      ['0.1Ki', '102400m'],
      ['10000', '10k'],
      ['2', '2'],
      ['0', '0'],
      ['1n', '1n'],
      ['0.0000000001', '1n'],
    ];
    for (const [input, want] of cases) expect(canonicalQuantity(input), input).toBe(want);
  });

  it('adds keeping the first non-zero format', () => {
    const sum = addQuantity(parseQuantity('64Mi')!, parseQuantity('128974848')!);
    expect(formatQuantity(sum)).toBe('187Mi');
    expect(formatQuantity(addQuantity(parseQuantity('64Mi')!, parseQuantity('64Mi')!))).toBe('128Mi');
  });
});

describe('label selectors', () => {
  it('sorts requirements by key and formats expressions', () => {
    expect(
      labelSelectorString({
        matchLabels: { tier: 'web', app: 'x' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'dev'] },
          { key: 'zz', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=x,env in (dev,prod),tier=web,!zz');
    expect(formatLabelSelector({})).toBe('<none>');
  });
});

describe('events', () => {
  const event = (extra: Record<string, unknown>) => ({ metadata: { name: 'e' }, type: 'Normal', reason: 'Pulled', message: 'ok', ...extra });

  it('ages single, repeated and series events', () => {
    expect(eventAge(event({ firstTimestamp: ago(93), lastTimestamp: ago(93), count: 1 }), NOW)).toBe('93s');
    expect(eventAge(event({ firstTimestamp: ago(91), lastTimestamp: ago(18), count: 4 }), NOW)).toBe('18s (x4 over 91s)');
    expect(eventAge(event({ eventTime: '2025-07-01T11:58:00.000000Z', series: { count: 3, lastObservedTime: ago(30) } }), NOW)).toBe(
      '30s (x3 over 2m)',
    );
    expect(eventAge(event({}), NOW)).toBe('<unknown>');
  });

  it('prints <none> without events and a separately aligned table otherwise', () => {
    expect(describeEvents([], NOW)).toBe('Events:  <none>\n');
    const out = describeEvents(
      [
        event({ lastTimestamp: ago(5), firstTimestamp: ago(5), count: 1, source: { component: 'kubelet' }, message: ' Started \n' }),
        event({ type: 'Warning', reason: 'BackOff', lastTimestamp: ago(50), firstTimestamp: ago(50), count: 1, reportingComponent: 'ctrl' }),
      ],
      NOW,
    );
    expect(out).toBe(
      'Events:\n' +
        '  Type     Reason   Age   From     Message\n' +
        '  ----     ------   ----  ----     -------\n' +
        '  Warning  BackOff  50s   ctrl     ok\n' +
        '  Normal   Pulled   5s    kubelet  Started\n',
    );
  });
});

describe('endpoints from EndpointSlices', () => {
  const slice = (ips: string[], ready: (boolean | undefined)[] = [], portName = '') => ({
    metadata: { name: 's' },
    ports: [{ name: portName, port: 80, protocol: 'TCP' }],
    endpoints: ips.map((ip, i) => ({ addresses: [ip], conditions: ready[i] === undefined ? {} : { ready: ready[i] } })),
  });

  it('lists up to three ready endpoints then "+ N more..."', () => {
    expect(formatEndpointSlices([slice(['a', 'b', 'c', 'd', 'e'])], '')).toBe('a:80,b:80,c:80 + 2 more...');
    expect(formatEndpointSlices([slice(['a', 'b'], [true, false])], '')).toBe('a:80');
    expect(formatEndpointSlices([slice(['a'], [false])], '')).toBe('');
    expect(formatEndpointSlices([], '')).toBe('<none>');
    expect(formatEndpointSlices([slice(['a'], [], 'http')], '')).toBe('');
    expect(formatEndpointSlices([slice(['fd00::1'])], '')).toBe('[fd00::1]:80');
  });

  it('keeps kubectl quirk: a not-ready fourth endpoint still triggers " + 0 more..."', () => {
    expect(formatEndpointSlices([slice(['a', 'b', 'c', 'd'], [true, true, true, false])], '')).toBe('a:80,b:80,c:80 + 0 more...');
  });
});

describe('probes', () => {
  const attrs = { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
  it('formats each handler', () => {
    expect(describeProbe({ httpGet: { path: '/', port: 80, scheme: 'HTTP' }, ...attrs })).toBe(
      'http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3',
    );
    expect(describeProbe({ httpGet: { path: '/a b', port: 'web', host: 'h', scheme: 'HTTPS' }, ...attrs })).toBe(
      'http-get https://h:web/a%20b delay=0s timeout=1s period=10s #success=1 #failure=3',
    );
    expect(describeProbe({ tcpSocket: { port: 6379 }, ...attrs })).toBe('tcp-socket :6379 delay=0s timeout=1s period=10s #success=1 #failure=3');
    expect(describeProbe({ exec: { command: ['cat', '/tmp/x'] }, ...attrs })).toBe(
      'exec [cat /tmp/x] delay=0s timeout=1s period=10s #success=1 #failure=3',
    );
    expect(describeProbe({ grpc: { port: 9000, service: '' }, ...attrs })).toBe(
      'grpc <pod>:9000  delay=0s timeout=1s period=10s #success=1 #failure=3',
    );
  });
});

describe('QoS class', () => {
  const pod = (resources: object[]) => ({ metadata: {}, spec: { containers: resources.map((r, i) => ({ name: `c${i}`, resources: r })) } });
  it('computes BestEffort, Burstable and Guaranteed', () => {
    expect(computePodQOS(pod([{}]))).toBe('BestEffort');
    expect(computePodQOS(pod([{ requests: { cpu: '100m' } }]))).toBe('Burstable');
    // without the apiserver's request defaulting, limits alone do not make Guaranteed
    expect(computePodQOS(pod([{ limits: { cpu: '1', memory: '1Gi' } }]))).toBe('Burstable');
    expect(computePodQOS(pod([{ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1000m', memory: '1024Mi' } }]))).toBe('Guaranteed');
    expect(computePodQOS(pod([{ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } }, {}]))).toBe('Burstable');
  });
});

describe('tolerations', () => {
  it('sorts by key and renders operators, effects and seconds', () => {
    const w = new PrefixWriter();
    printTolerationsMultiline(w, 'Tolerations', [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { operator: 'Exists' },
      { key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' },
      { key: 'gpu', operator: 'Exists' },
    ]);
    expect(w.toString()).toBe(
      'Tolerations:  op=Exists\n' +
        '              dedicated=web:NoSchedule\n' +
        '              gpu op=Exists\n' +
        '              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n',
    );
  });
});
