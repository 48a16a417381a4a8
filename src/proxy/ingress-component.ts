// The ingress addon's daemon component: the controller starts with the daemon and serves only
// while the addon is enabled (see ingress-controller.ts for the switch).
import type { Component } from '../cluster/components.js';
import { nodeIP } from '../cluster/bootstrap.js';
import { readConfig } from '../cluster/process.js';
import { IngressController } from './ingress-controller.js';

export const ingressControllerComponent: Component = {
  name: 'ingress-controller',
  async start({ client, home }) {
    // the config is read again on each change of the IngressClasses: `addons enable` writes it first
    const controller = new IngressController(client, { nodeIP: nodeIP(0), addon: () => readConfig(home)?.addons?.ingress });
    await controller.start();
    return { stop: () => controller.stop() };
  },
};
