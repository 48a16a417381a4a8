import { describe, expect, it } from 'vitest';
import { Backoff, goMillis, goSeconds } from '../../src/kubelet/backoff.js';
import { IpAllocator } from '../../src/kubelet/ip-allocator.js';
import { expand, serviceEnv } from '../../src/kubelet/env.js';
import { parseQuantity } from '../../src/kubelet/process-tree.js';
import { podEndpoint, removePodPorts, setPodPorts, onPortMapChange } from '../../src/kubelet/port-map.js';

describe('Backoff (flowcontrol, no jitter)', () => {
  it('starts at 10s, doubles to 300s, and resets after 2×max idle', () => {
    let now = 0;
    const b = new Backoff(10_000, 300_000, () => now);
    const seen: number[] = [];
    for (let i = 0; i < 7; i++) {
      b.next('k', now);
      seen.push(b.get('k'));
      now += 1000;
    }
    expect(seen).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    now += 600_001;
    b.next('k', now);
    expect(b.get('k')).toBe(10_000);
  });

  it('crash loop: in back-off measured from the exit time', () => {
    let now = 1_000_000;
    const b = new Backoff(10_000, 300_000, () => now);
    expect(b.isInBackOffSince('c', now)).toBe(false); // first exit restarts at once
    b.next('c', now);
    now += 2000;
    const exit2 = now;
    expect(b.isInBackOffSince('c', exit2)).toBe(true);
    now = exit2 + 10_000;
    expect(b.isInBackOffSince('c', exit2)).toBe(false);
  });

  it('image pulls: in back-off since the last update', () => {
    let now = 0;
    const b = new Backoff(10_000, 300_000, () => now);
    b.next('img');
    now = 9_999;
    expect(b.isInBackOffSinceUpdate('img')).toBe(true);
    now = 10_000;
    expect(b.isInBackOffSinceUpdate('img')).toBe(false);
    expect(b.windowEnd('img')).toBe(10_000);
  });

  it('formats durations as Go does', () => {
    expect(goSeconds(10_000)).toBe('10s');
    expect(goSeconds(300_000)).toBe('5m0s');
    expect(goSeconds(160_000)).toBe('2m40s');
    expect(goMillis(0)).toBe('0s');
    expect(goMillis(523)).toBe('523ms');
    expect(goMillis(1234)).toBe('1.234s');
    expect(goMillis(1500)).toBe('1.5s');
  });
});

describe('IpAllocator', () => {
  it('allocates round-robin from .2, skips reserved, and is stable per owner', () => {
    const a = new IpAllocator('10.244.1.0/24');
    expect(a.reserve('10.244.1.3', 'old')).toBe(true);
    expect(a.reserve('10.244.1.3', 'other')).toBe(false);
    expect(a.reserve('10.244.0.3', 'x')).toBe(false); // another node's range
    expect(a.allocate('p1')).toBe('10.244.1.2');
    expect(a.allocate('p1')).toBe('10.244.1.2');
    expect(a.allocate('p2')).toBe('10.244.1.4');
    a.release('10.244.1.2', 'p1');
    // round robin: a released address is not reused at once
    expect(a.allocate('p3')).toBe('10.244.1.5');
  });

  it('fails when the range is exhausted', () => {
    const a = new IpAllocator('10.244.2.0/24');
    for (let i = 0; i < 253; i++) a.allocate(`p${i}`);
    expect(() => a.allocate('one-more')).toThrow(/no IP addresses available/);
  });
});

describe('container environment', () => {
  const svc = (name: string, ns: string, ip: string, ports: object[]) => ({ metadata: { name, namespace: ns }, spec: { clusterIP: ip, ports } });
  it('builds docker-links variables; kubernetes always, others only in the namespace', () => {
    const env = serviceEnv(
      [
        svc('web-app', 'default', '10.96.5.5', [{ name: 'http', port: 80, protocol: 'TCP' }]),
        svc('kubernetes', 'default', '10.96.0.1', [{ name: 'https', port: 443, protocol: 'TCP' }]),
        svc('other', 'kube-system', '10.96.9.9', [{ port: 53, protocol: 'UDP' }]),
        svc('headless', 'default', 'None', [{ port: 1 }]),
      ],
      'default',
      true,
    );
    expect(Object.keys(env)[0]).toBe('KUBERNETES_SERVICE_HOST');
    expect(env).toMatchObject({
      KUBERNETES_SERVICE_HOST: '10.96.0.1',
      KUBERNETES_SERVICE_PORT: '443',
      KUBERNETES_SERVICE_PORT_HTTPS: '443',
      KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
      WEB_APP_SERVICE_HOST: '10.96.5.5',
      WEB_APP_PORT: 'tcp://10.96.5.5:80',
      WEB_APP_PORT_80_TCP_PROTO: 'tcp',
    });
    expect(env.OTHER_SERVICE_HOST).toBeUndefined();
    expect(env.HEADLESS_SERVICE_HOST).toBeUndefined();
    const noLinks = serviceEnv([svc('web-app', 'default', '10.96.5.5', [{ port: 80 }]), svc('kubernetes', 'default', '10.96.0.1', [{ port: 443 }])], 'default', false);
    expect(noLinks.WEB_APP_SERVICE_HOST).toBeUndefined();
    expect(noLinks.KUBERNETES_SERVICE_HOST).toBe('10.96.0.1');
  });

  it('expands $(VAR) references and $$ escapes', () => {
    expect(expand('$(A)-$(B)-$$(A)-$(MISSING)', { A: 'x', B: 'y' })).toBe('x-y-$(A)-$(MISSING)');
  });
});

describe('parseQuantity', () => {
  it('reads binary, decimal and exponent suffixes', () => {
    expect(parseQuantity('128Mi')).toBe(128 * 2 ** 20);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('250m')).toBe(0.25);
    expect(parseQuantity('abc')).toBeUndefined();
  });
});

describe('port map', () => {
  it('maps pod-IP ports to host ports and announces changes', () => {
    const changes: number[] = [];
    const off = onPortMapChange((c) => c.podIP === '10.244.7.7' && changes.push(c.ports.size));
    setPodPorts('10.244.7.7', new Map([[80, 40001]]));
    expect(podEndpoint('10.244.7.7', 80)).toEqual({ host: '127.0.0.1', port: 40001 });
    expect(podEndpoint('10.244.7.7', 81)).toBeUndefined();
    removePodPorts('10.244.7.7', [80]);
    expect(podEndpoint('10.244.7.7', 80)).toBeUndefined();
    off();
    expect(changes).toEqual([1, 0]);
  });
});
