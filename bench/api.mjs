// API throughput: writes (POST), GETs of one object, LISTs of 1,000 objects, and merge PATCHes,
// each over keep-alive HTTPS with a few requests in flight, as client-go would issue them.
// Usage: npm run build && node bench/api.mjs   (or via bench/run.mjs)
import { pathToFileURL } from 'node:url';
import { Cluster, rate, report, section } from './lib.mjs';

export async function benchApi(c) {
  section('API (requests per second, 8 in flight)');
  const base = '/api/v1/namespaces/default/configmaps';
  const writes = await rate(1000, 8, (i) => c.request('POST', base, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}`, labels: { bench: 'api' } }, data: { i: String(i) } }));
  report('create (POST) configmaps', writes, 'req/s', { text: '>= 500/s', met: writes >= 500 });
  const gets = await rate(5000, 8, (i) => c.request('GET', `${base}/cm-${i % 1000}`));
  report('GET one configmap', gets, 'req/s', { text: '>= 2000/s', met: gets >= 2000 });
  const lists = await rate(60, 4, () => c.request('GET', `${base}?labelSelector=bench%3Dapi`));
  report('LIST 1,000 configmaps', lists, 'req/s');
  report('  objects listed per second', lists * 1000, 'obj/s');
  const patches = await rate(1000, 8, (i) => c.request('PATCH', `${base}/cm-${i}`, { data: { patched: 'yes' } }));
  report('merge PATCH configmaps (writes)', patches, 'req/s', { text: '>= 500/s', met: patches >= 500 });
  const deletes = await rate(1000, 8, (i) => c.request('DELETE', `${base}/cm-${i}`));
  report('DELETE configmaps (writes)', deletes, 'req/s');
  return { writes, gets, lists, patches, deletes };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const c = new Cluster();
  try {
    await c.start();
    await benchApi(c);
  } finally {
    c.stop();
  }
}
