// A GET over a fresh connection (no keep-alive), for tests that talk to pods and proxies.
import http from 'node:http';

/** Resolves with status and body; rejects on timeout or socket errors. */
export function httpGet(port: number, path = '/', host = '127.0.0.1', timeoutMs = 2000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host, port, path, agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}
