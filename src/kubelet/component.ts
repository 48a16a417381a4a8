// The kubelets as a daemon component: one per node, plus the pods/log, exec and attach endpoints.
import type { Component, ComponentContext } from '../cluster/components.js';
import { nodeIP, nodeName } from '../cluster/bootstrap.js';
import { paths } from '../cluster/paths.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { Informer } from '../controllers/framework/informer.js';
import { Kubelet } from './kubelet.js';
import { startHeartbeat } from './node.js';
import { podLogHandler } from './logs.js';
import { podExecPlain, podExecUpgrade } from './exec.js';
import { podAttachUpgrade } from './attach.js';
import { killStaleContainers, removeOrphanPodDirs } from './stale-processes.js';
import type { PodWorker } from './pod-worker.js';

export const kubeletComponent: Component = {
  name: 'kubelet',
  async start(ctx: ComponentContext) {
    const podsDir = paths.pods(ctx.home);
    // containers a previous daemon left behind die first; their pods restart below
    killStaleContainers(podsDir);
    const services = new Informer(ctx.client, R.services);
    await services.start();
    // mounted ConfigMaps and Secrets: a missing one retries when it appears, a changed one is
    // rewritten into the pods' volumes (volumes-registry.ts)
    const sources = (['configmap', 'secret'] as const).map((kind) =>
      new Informer(ctx.client, kind === 'configmap' ? R.configmaps : R.secrets).on({
        add: (o) => kubelets.forEach((k) => k.sourceChanged(kind, o)),
        update: (_old, o) => kubelets.forEach((k) => k.sourceChanged(kind, o)),
        delete: (o) => kubelets.forEach((k) => k.sourceChanged(kind, o)),
      }),
    );
    const kubelets = new Map<string, Kubelet>();
    for (let i = 0; i < ctx.config.nodes; i++) {
      const name = nodeName(i);
      kubelets.set(name, new Kubelet({ nodeName: name, hostIP: nodeIP(i), podCIDR: `10.244.${i}.0/24`, home: ctx.home, client: ctx.client, services: () => services.list() }));
    }
    const lookup = (pod: KubeObject): PodWorker | undefined => {
      const k = kubelets.get(pod.spec?.nodeName);
      return k?.workers.get(pod.metadata.uid!) ?? k?.find(pod.metadata.namespace ?? 'default', pod.metadata.name!);
    };
    ctx.api.subresources.set('pods/log', podLogHandler(ctx.client, lookup));
    ctx.api.subresources.set('pods/exec', podExecPlain);
    ctx.api.upgrades.set('pods/exec', podExecUpgrade(ctx.client, lookup));
    ctx.api.subresources.set('pods/attach', podExecPlain);
    ctx.api.upgrades.set('pods/attach', podAttachUpgrade(ctx.client, lookup));
    await Promise.all([...kubelets.values()].map((k) => k.start()));
    await Promise.all(sources.map((s) => s.start()));
    removeOrphanPodDirs(podsDir, new Set([...kubelets.values()].flatMap((k) => k.uids())));
    const beats = [...kubelets.keys()].map((n) => startHeartbeat(ctx.client, n));
    return {
      async stop() {
        for (const b of beats) b.stop();
        services.stop();
        for (const s of sources) s.stop();
        await Promise.all([...kubelets.values()].map((k) => k.stop()));
      },
    };
  },
};
