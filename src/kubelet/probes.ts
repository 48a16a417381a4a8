// Container probes (httpGet, tcpSocket, exec) and the per-container workers that run them on
// their schedule. Probes aim at pod-IP ports; the port map says where those really listen.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { connect } from 'node:net';
import type { KubeObject } from '../client/types.js';
import { podEndpoint } from './port-map.js';

export type ProbeKind = 'readiness' | 'liveness' | 'startup';

export interface ProbeTarget {
  podIP: string;
  ports: KubeObject[]; // the container's declared ports, for named probe ports
  env: Record<string, string>;
  cwd: string;
}

export interface ProbeResult {
  ok: boolean;
  message: string;
}

function resolvePort(port: number | string | undefined, ports: KubeObject[]): number | undefined {
  if (typeof port === 'number') return port;
  if (port === undefined) return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  return ports.find((p) => p.name === port)?.containerPort;
}

function tcpConnect(host: string, port: number, timeoutMs: number): Promise<'ok' | 'refused' | 'timeout'> {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    const t = setTimeout(() => {
      s.destroy();
      resolve('timeout');
    }, timeoutMs);
    s.once('connect', () => {
      clearTimeout(t);
      s.destroy();
      resolve('ok');
    });
    s.once('error', () => {
      clearTimeout(t);
      resolve('refused');
    });
  });
}

async function tcpProbe(spec: KubeObject, t: ProbeTarget, timeoutMs: number): Promise<ProbeResult> {
  const port = resolvePort(spec.port, t.ports) ?? 0;
  const host = spec.host ?? t.podIP;
  const ep = podEndpoint(t.podIP, port);
  const dial = `dial tcp ${host}:${port}`;
  if (!ep) return { ok: false, message: `${dial}: connect: connection refused` };
  const r = await tcpConnect(ep.host, ep.port, timeoutMs);
  if (r === 'ok') return { ok: true, message: '' };
  return { ok: false, message: r === 'timeout' ? `${dial}: i/o timeout` : `${dial}: connect: connection refused` };
}

function httpProbe(spec: KubeObject, t: ProbeTarget, timeoutMs: number): Promise<ProbeResult> {
  const port = resolvePort(spec.port, t.ports) ?? 0;
  const host = spec.host ?? t.podIP;
  const scheme = String(spec.scheme ?? 'HTTP').toLowerCase();
  let path = String(spec.path ?? '/');
  if (!path.startsWith('/')) path = '/' + path;
  const url = `${scheme}://${host}:${port}${path}`;
  const ep = podEndpoint(t.podIP, port);
  const refused = { ok: false, message: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
  if (!ep) return Promise.resolve(refused);
  const headers: Record<string, string> = { 'User-Agent': 'kube-probe/1.33', Accept: '*/*', Host: `${host}:${port}` };
  for (const h of (spec.httpHeaders ?? []) as { name: string; value: string }[]) headers[h.name] = h.value;
  return new Promise((resolve) => {
    const req = http.request({ host: ep.host, port: ep.port, path, method: 'GET', headers, agent: false }, (res) => {
      res.resume();
      const code = res.statusCode ?? 0;
      if (code >= 200 && code < 400) resolve({ ok: true, message: '' });
      else resolve({ ok: false, message: `HTTP probe failed with statuscode: ${code}` });
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve({ ok: false, message: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` });
    });
    req.once('error', () => resolve(refused));
    req.end();
  });
}

function execProbe(spec: KubeObject, t: ProbeTarget, timeoutMs: number): Promise<ProbeResult> {
  const argv: string[] = spec.command ?? [];
  if (!argv.length) return Promise.resolve({ ok: false, message: 'exec: no command' });
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: t.cwd, env: t.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => out.push(b));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
      resolve({ ok: false, message: `command ${JSON.stringify(argv.join(' '))} timed out` });
    }, timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, message: e.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, message: Buffer.concat(out).toString() });
    });
  });
}

export function runProbe(probe: KubeObject, t: ProbeTarget): Promise<ProbeResult> {
  const timeoutMs = (probe.timeoutSeconds ?? 1) * 1000;
  if (probe.httpGet) return httpProbe(probe.httpGet, t, timeoutMs);
  if (probe.tcpSocket) return tcpProbe(probe.tcpSocket, t, timeoutMs);
  if (probe.exec) return execProbe(probe.exec, t, timeoutMs);
  return Promise.resolve({ ok: true, message: '' });
}

/**
 * Runs one probe of one container: first at initialDelaySeconds, then every periodSeconds.
 * `onChange` hears the probe's verdict when it flips (after success/failureThreshold in a row);
 * `onFailure` hears every failed attempt (for Unhealthy events).
 */
export class ProbeWorker {
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private successes = 0;
  private failures = 0;
  verdict: boolean | undefined;

  constructor(
    readonly kind: ProbeKind,
    private probe: KubeObject,
    private target: ProbeTarget,
    private onChange: (ok: boolean, message: string) => void,
    private onFailure: (message: string) => void = () => {},
  ) {}

  /**
   * The kubelet's probe worker ticks every period from when the pod syncs; the tick at start
   * finds the container not yet running, and ticks before initialDelaySeconds are skipped,
   * so the first probe comes at the first whole period at or after the initial delay.
   */
  start(containerStartedAt: number): void {
    const period = (this.probe.periodSeconds ?? 10) * 1000;
    const initial = (this.probe.initialDelaySeconds ?? 0) * 1000;
    const first = period * Math.max(1, Math.ceil(initial / period));
    const delay = Math.max(0, containerStartedAt + first - Date.now());
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const r = await runProbe(this.probe, this.target);
    if (this.stopped) return;
    if (r.ok) {
      this.failures = 0;
      this.successes++;
      // liveness and startup need a single success
      const need = this.kind === 'readiness' ? (this.probe.successThreshold ?? 1) : 1;
      if (this.successes >= need && this.verdict !== true) {
        this.verdict = true;
        this.onChange(true, '');
      }
    } else {
      this.successes = 0;
      this.failures++;
      this.onFailure(r.message);
      if (this.failures >= (this.probe.failureThreshold ?? 3) && this.verdict !== false) {
        this.verdict = false;
        this.onChange(false, r.message);
      }
    }
    if (this.stopped) return;
    // a startup probe is done once it succeeded
    if (this.kind === 'startup' && this.verdict === true) return;
    this.timer = setTimeout(() => void this.tick(), (this.probe.periodSeconds ?? 10) * 1000);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}

/** No readiness probe: ready once the program accepts connections on its port. */
export function waitListening(hostPort: number, isStopped: () => boolean, onReady: () => void): NodeJS.Timeout | undefined {
  let timer: NodeJS.Timeout | undefined;
  const attempt = async () => {
    if (isStopped()) return;
    if ((await tcpConnect('127.0.0.1', hostPort, 500)) === 'ok') {
      if (!isStopped()) onReady();
      return;
    }
    timer = setTimeout(() => void attempt(), 100);
  };
  timer = setTimeout(() => void attempt(), 20);
  return timer;
}
