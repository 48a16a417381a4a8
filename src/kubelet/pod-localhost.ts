// "localhost" inside a pod. A pod's ports really listen on 127.0.0.1:<host port> (port-map.ts),
// and its processes share the host's loopback, so `curl localhost:8080` would miss the pod.
// curl reads $CURL_HOME/.curlrc, so every container of the pod gets CURL_HOME pointing at a
// pod-level directory whose .curlrc has a `connect-to` line per mapped port: localhost,
// 127.0.0.1, ::1 and the pod IP at <containerPort> go to the host port instead. The kubelet
// rewrites it whenever the pod's ports change. (GNU/busybox wget have no such option.)
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { podPorts } from './port-map.js';

/** The directory CURL_HOME names for a pod whose directory is `podDir`. */
export const podLocalhostDir = (podDir: string): string => join(podDir, 'localhost');

/** The .curlrc text for a pod: containerPort → host port for each of its addresses. */
export function curlrcFor(podIP: string, ports: ReadonlyMap<number, number>): string {
  let out = '# mk: this pod\'s ports listen on host ports; curl connects there instead\n';
  for (const [containerPort, hostPort] of [...ports].sort((a, b) => a[0] - b[0])) {
    for (const host of ['localhost', '127.0.0.1', '[::1]', podIP]) out += `connect-to = ${host}:${containerPort}:127.0.0.1:${hostPort}\n`;
  }
  return out;
}

/** Creates the pod's directory for it (once, at container start) and writes the current ports. */
export function preparePodLocalhost(podDir: string, podIP: string): string {
  const dir = podLocalhostDir(podDir);
  mkdirSync(dir, { recursive: true });
  writePodLocalhost(podDir, podIP);
  return dir;
}

/** Rewrites the pod's .curlrc from the port map; a no-op once the pod's directory is gone. */
export function writePodLocalhost(podDir: string, podIP: string): void {
  const dir = podLocalhostDir(podDir);
  if (!existsSync(dir)) return;
  // write-then-rename, so a curl starting meanwhile reads the old file or the new one
  const tmp = join(dir, '.curlrc.tmp');
  try {
    writeFileSync(tmp, curlrcFor(podIP, podPorts(podIP)));
    renameSync(tmp, join(dir, '.curlrc'));
  } catch {
    // the pod is being removed
  }
}
