// The storage controllers as one daemon component: the PV controller (binding, reclaim),
// minikube's hostpath storage-provisioner (volumes under $MK_HOME/hostpath-provisioner),
// and the PVC and PV protection controllers.
import { join } from 'node:path';
import type { Component } from '../../cluster/components.js';
import { nodeName } from '../../cluster/bootstrap.js';
import { PersistentVolumeController } from './binder/pv-controller.js';
import { HostPathProvisioner } from './provisioner/hostpath-provisioner.js';
import { PvcProtectionController } from './protection/pvc-protection.js';
import { PvProtectionController } from './protection/pv-protection.js';

export const hostPathProvisionerRoot = (home: string): string => join(home, 'hostpath-provisioner');

export const storageControllersComponent: Component = {
  name: 'storage-controllers',
  async start(ctx) {
    const controllers = [
      new PersistentVolumeController(ctx.client),
      new HostPathProvisioner(ctx.client, hostPathProvisionerRoot(ctx.home), nodeName(0)),
      new PvcProtectionController(ctx.client),
      new PvProtectionController(ctx.client),
    ];
    await Promise.all(controllers.map((c) => c.start()));
    return { stop: () => controllers.forEach((c) => c.stop()) };
  },
};
