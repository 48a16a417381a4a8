import { it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startOpenapiServer } from './openapi-kubectl-server.js';
const run = promisify(execFile);
it('manual', async () => {
  const s = await startOpenapiServer({ v3: true });
  const K = '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
  for (const args of [['explain', 'deployment.spec.strategy'], ['explain', 'pods.spec.containers.livenessProbe'], ['explain', 'svc.spec.ports.targetPort']]) {
    try { const r = await run(K, ['--server', s.url, ...args]); console.log(r.stdout, r.stderr); } catch (e) { console.log('ERR', (e as any).stdout, (e as any).stderr); }
  }
  console.log(s.requests.map((r) => r.method + ' ' + r.url).join('\n'));
  await s.close();
}, 30000);
