// The daemon process: store, API server and every component of the cluster.
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { Store } from '../storage/store.js';
import { Registry } from '../apiserver/rest/registry.js';
import { ApiServer } from '../apiserver/server.js';
import { LocalClient } from '../client/local-client.js';
import { bootstrap, nodeIP, nodeName } from './bootstrap.js';
import { paths, type ClusterConfig } from './paths.js';
import { nodeObject, registerNode } from '../kubelet/node.js';
import { ensureServingCert } from './certs.js';
import { startComponents, type Components } from './components.js';

export async function runDaemon(home: string): Promise<void> {
  const config = JSON.parse(readFileSync(paths.config(home), 'utf8')) as ClusterConfig;
  mkdirSync(paths.pods(home), { recursive: true });
  const store = new Store(paths.db(home));
  const registry = new Registry(store);
  const api = new ApiServer({ registry, token: config.token, port: config.apiPort, tls: ensureServingCert(home), socketPath: paths.socket(home) });
  const client = new LocalClient(registry);
  let components: Components | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await components?.stop();
      await api.close();
    } finally {
      store.close();
      rmSync(paths.pid(home), { force: true });
      process.exit(code);
    }
  };
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));
  try {
    await api.listen();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.error(err.code === 'EADDRINUSE' ? `error: port ${config.apiPort} is already in use` : `error: ${err.message}`);
    store.close();
    process.exit(3);
  }
  await bootstrap(client);
  for (let i = 0; i < config.nodes; i++) {
    await registerNode(client, nodeObject(nodeName(i), nodeIP(i), i === 0, `10.244.${i}.0/24`));
  }
  components = await startComponents({ home, config, client, api, registry });
  writeFileSync(paths.pid(home), String(process.pid));
  console.log(`mk daemon ready on 127.0.0.1:${config.apiPort} (pid ${process.pid})`);
}
