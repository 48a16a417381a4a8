// Workloads: how fast deployments get Ready pods, next to the floor (spawning the same number of
// bare `node -e` processes that listen on a port), and what a pod costs in memory (PSS).
// Usage: npm run build && node bench/workloads.mjs [--pods 100]   (or via bench/run.mjs)
import { pathToFileURL } from 'node:url';
import { Cluster, isReady, pssBytes, report, section, spawnFloor, now } from './lib.mjs';

const deployments = '/apis/apps/v1/namespaces/default/deployments';
const podsOf = (app) => `/api/v1/namespaces/default/pods?labelSelector=app%3D${app}`;
const readyCount = (pods) => [...pods.values()].filter(isReady).length;

function deployment(name, replicas, image = 'nginx') {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { terminationGracePeriodSeconds: 0, containers: [{ name: 'nginx', image }] } } },
  };
}

function ratioLine(label, ms, n, floorMs, limit) {
  report(label, ms, 'ms');
  report(`  floor: ${n} bare node processes listening`, floorMs, 'ms');
  report('  ratio to floor', ms / floorMs, 'x', limit ? { text: `<= ${limit}x floor`, met: ms / floorMs <= limit } : undefined);
}

export async function benchWorkloads(c, pods = 100) {
  section('Workloads (create/scale/update until every pod is Ready)');

  // 4 replicas from nothing
  let t0 = now();
  await c.request('POST', deployments, deployment('four', 4));
  await c.until(podsOf('four'), (p) => readyCount(p) === 4);
  const four = now() - t0;
  const floor4 = await spawnFloor(4);
  report('create deployment, 4 replicas → 4 Ready', four, 'ms', { text: '< 1000 ms', met: four < 1000 });
  report('  floor: 4 bare node processes listening', floor4.ms, 'ms');
  report('  ratio to floor', four / floor4.ms, 'x');

  // scale 0 → N
  await c.request('POST', deployments, deployment('many', 0));
  t0 = now();
  await c.request('PATCH', `${deployments}/many`, { spec: { replicas: pods } });
  await c.until(podsOf('many'), (p) => readyCount(p) === pods, 300_000);
  const scaled = now() - t0;
  const floorN = await spawnFloor(pods);
  ratioLine(`scale 0 → ${pods}, all Ready`, scaled, pods, floorN.ms, 1.5);

  // memory per pod while they all run
  const uids = new Set((await c.request('GET', podsOf('many'))).items.map((p) => p.metadata.uid));
  const pids = c.containerPids(uids);
  const pss = pids.reduce((s, p) => s + pssBytes(p), 0) / Math.max(1, pids.length);
  report(`PSS per pod (mean over ${pids.length} containers)`, pss / 2 ** 20, 'MiB', { text: '< 25 MB', met: pss < 25e6 });
  report('  PSS of one bare node listener (floor)', floorN.pss / 2 ** 20, 'MiB');

  // back to 0, timed until the pods are gone
  t0 = now();
  await c.request('PATCH', `${deployments}/many`, { spec: { replicas: 0 } });
  await c.until(podsOf('many'), (p) => p.size === 0, 300_000);
  report(`scale ${pods} → 0, all pods gone`, now() - t0, 'ms');
  await c.request('DELETE', `${deployments}/many`);
  await c.request('DELETE', `${deployments}/four`);

  // a 10-replica rolling update
  await c.request('POST', deployments, deployment('roll', 10));
  await c.until(podsOf('roll'), (p) => readyCount(p) === 10, 120_000);
  t0 = now();
  const updated = await c.request('PATCH', `${deployments}/roll`, { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.29.8' }] } } } });
  const generation = updated.metadata.generation;
  await c.until(`${deployments}?fieldSelector=metadata.name%3Droll`, (ds) => {
    const d = ds.get('roll');
    const s = d?.status ?? {};
    return !!d && s.observedGeneration >= generation && s.updatedReplicas === 10 && s.readyReplicas === 10 && s.availableReplicas === 10 && s.replicas === 10;
  }, 180_000);
  const roll = now() - t0;
  const floor10 = await spawnFloor(10);
  ratioLine('rolling update, 10 replicas → complete', roll, 10, floor10.ms);
  await c.request('DELETE', `${deployments}/roll`);
  return { four, scaled, pss, roll };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--pods');
  const c = new Cluster();
  try {
    await c.start();
    await benchWorkloads(c, i > 0 ? Number(process.argv[i + 1]) : 100);
  } finally {
    c.stop();
  }
}
