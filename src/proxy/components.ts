// The daemon components for Services and traffic: the endpoints controllers (sharing their
// informers), kube-proxy, and the API server's proxy/port-forward subresources.
import type { Component } from '../cluster/components.js';
import { nodeIP } from '../cluster/bootstrap.js';
import { R } from '../client/interface.js';
import { Informer } from '../controllers/framework/informer.js';
import { EndpointsController } from '../controllers/endpoints/endpoints-controller.js';
import { startApiserverEndpoints } from '../controllers/endpoints/apiserver-endpoints.js';
import { EndpointSliceController } from '../controllers/endpointslice/endpointslice-controller.js';
import { proxySubresource } from '../apiserver/http/proxy-subresource.js';
import { portForwardUpgrade } from '../apiserver/http/proxy-portforward.js';
import { KubeProxy } from './kube-proxy.js';
import { ingressControllerComponent } from './ingress-component.js';

/**
 * The address the `kubernetes` Endpoints advertise. Endpoints may not hold loopback addresses
 * (the API server listens on 127.0.0.1), so this is minikube's docker-driver node address:
 * `kubectl get ep kubernetes` then reads `192.168.49.2:8443` as on minikube, with the real port.
 */
export const APISERVER_ADVERTISE_IP = '192.168.49.2';

export const apiserverProxyComponent: Component = {
  name: 'apiserver-proxy',
  async start({ api, client }) {
    api.subresources.set('pods/proxy', proxySubresource(client, 'pods'));
    api.subresources.set('services/proxy', proxySubresource(client, 'services'));
    api.upgrades.set('pods/portforward', portForwardUpgrade(client));
    return {
      stop() {
        api.subresources.delete('pods/proxy');
        api.subresources.delete('services/proxy');
        api.upgrades.delete('pods/portforward');
      },
    };
  },
};

export const endpointsControllersComponent: Component = {
  name: 'endpoints-controllers',
  async start({ client, config }) {
    const services = new Informer(client, R.services);
    const pods = new Informer(client, R.pods);
    const endpoints = new EndpointsController(client, services, pods);
    const slices = new EndpointSliceController(client, services, pods);
    await slices.start();
    await Promise.all([services.start(), pods.start()]);
    const kubernetes = startApiserverEndpoints(client, APISERVER_ADVERTISE_IP, config.apiPort);
    await kubernetes.ready;
    return {
      stop() {
        kubernetes.stop();
        endpoints.stop();
        slices.stop();
        services.stop();
        pods.stop();
      },
    };
  },
};

export const kubeProxyComponent: Component = {
  name: 'kube-proxy',
  async start({ client, config }) {
    const ips = Array.from({ length: Math.max(1, config.nodes ?? 1) }, (_, i) => nodeIP(i));
    const proxy = new KubeProxy(client, ips);
    await proxy.start();
    return { stop: () => proxy.stop() };
  },
};

export const serviceComponents: Component[] = [apiserverProxyComponent, endpointsControllersComponent, kubeProxyComponent, ingressControllerComponent];
