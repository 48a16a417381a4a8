// Starts the cluster's components (controllers, kubelets, proxy) inside the daemon.
import type { ApiServer } from '../apiserver/server.js';
import type { Registry } from '../apiserver/rest/registry.js';
import type { ApiClient } from '../client/interface.js';
import type { ClusterConfig } from './paths.js';
import { kubeletComponent } from '../kubelet/component.js';
import { WORKLOAD_COMPONENTS } from '../controllers/index.js';
import { serviceComponents } from '../proxy/components.js';
import { metricsComponent } from '../apiserver/metrics.js';
import { horizontalPodAutoscalerComponent } from '../controllers/podautoscaler/component.js';

export interface ComponentContext {
  home: string;
  config: ClusterConfig;
  client: ApiClient;
  api: ApiServer;
  registry: Registry;
}

export interface Components {
  stop(): Promise<void>;
}

export interface Component {
  name: string;
  start(ctx: ComponentContext): Promise<{ stop(): Promise<void> | void }>;
}

/** Components in start order; they stop in reverse. Each adds itself here. */
const COMPONENTS: Component[] = [kubeletComponent, ...WORKLOAD_COMPONENTS, ...serviceComponents, metricsComponent, horizontalPodAutoscalerComponent];

export async function startComponents(ctx: ComponentContext): Promise<Components> {
  const running: { name: string; stop(): Promise<void> | void }[] = [];
  for (const c of COMPONENTS) running.push({ name: c.name, ...(await c.start(ctx)) });
  return {
    stop: async () => {
      for (const r of running.reverse()) {
        try {
          await r.stop();
        } catch (e) {
          console.error(`stopping ${r.name}: ${(e as Error).message}`);
        }
      }
    },
  };
}
