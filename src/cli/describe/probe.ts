// kubectl DescribeProbe: "http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3".

/* eslint-disable @typescript-eslint/no-explicit-any */

/** net.JoinHostPort: IPv6 hosts get brackets. */
export const joinHostPort = (host: string, port: string): string => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);

// url.PathEscape in encodePath mode: unreserved and $&+,/:;=@ stay as they are
const escapePath = (p: string): string =>
  Array.from(Buffer.from(p, 'utf8'))
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');

/** url.URL{Scheme, Host, Path}.String() */
function urlString(scheme: string, host: string, path: string): string {
  let s = scheme ? `${scheme}:` : '';
  if (scheme || host) {
    if (host || path) s += '//';
    s += host;
  }
  if (path && path[0] !== '/' && host) s += '/';
  return s + escapePath(path);
}

export function describeProbe(probe: any): string {
  const attrs =
    `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s ` +
    `#success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet) {
    const g = probe.httpGet;
    const port = g.port === undefined || g.port === null ? '' : String(g.port);
    const host = port.length > 0 ? joinHostPort(g.host ?? '', port) : (g.host ?? '');
    return `http-get ${urlString(String(g.scheme ?? '').toLowerCase(), host, g.path ?? '')} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${probe.tcpSocket.port ?? ''} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port ?? 0} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}
