// Opens a TCP connection to a pod's port through the kubelet's port map, and words failures
// the way the kubelet's port-forward does.
import { connect, type Socket } from 'node:net';
import { podEndpoint } from '../kubelet/port-map.js';

export interface PodRef {
  name: string;
  uid: string;
  ip: string;
}

export function forwardError(pod: PodRef, port: number, cause: string): string {
  return `error forwarding port ${port} to pod ${pod.uid}, uid : ${cause}`;
}

/** Resolves with a connected socket, or rejects with the message for the error stream. */
export function dialPod(pod: PodRef, port: number): Promise<Socket> {
  const refused = `failed to connect to localhost:${port} inside namespace "${pod.name}", IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused IPv6 dial tcp6: address localhost: no suitable address found `;
  const host = podEndpoint(pod.ip, port);
  if (!host) return Promise.reject(new Error(forwardError(pod, port, refused)));
  return new Promise((resolve, reject) => {
    const s = connect({ host: host.host, port: host.port, allowHalfOpen: true });
    s.setNoDelay(true);
    s.once('connect', () => {
      s.removeAllListeners('error');
      resolve(s);
    });
    s.once('error', (e: NodeJS.ErrnoException) => reject(new Error(forwardError(pod, port, e.code === 'ECONNREFUSED' ? refused : e.message))));
  });
}
