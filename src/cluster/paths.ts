// Where a cluster keeps its state: $MK_HOME (default ~/.mk).
import { homedir } from 'node:os';
import { join } from 'node:path';

export function mkHome(): string {
  return process.env.MK_HOME || join(homedir(), '.mk');
}

export const paths = {
  config: (home = mkHome()) => join(home, 'cluster.json'),
  db: (home = mkHome()) => join(home, 'state.db'),
  pid: (home = mkHome()) => join(home, 'daemon.pid'),
  log: (home = mkHome()) => join(home, 'daemon.log'),
  pods: (home = mkHome()) => join(home, 'pods'),
  /** The API server's unix socket for the local CLI; none when the path is too long for one. */
  socket: (home = mkHome()): string | undefined => {
    const p = join(home, 'apiserver.sock');
    // sockaddr_un holds 108 bytes (104 on macOS), NUL included
    return Buffer.byteLength(p) < 104 ? p : undefined;
  },
};

export interface ClusterConfig {
  name: string;
  apiPort: number;
  nodes: number;
  token: string;
  createdAt: string;
  /** addons turned on with `mk addons enable` (kept across stop/start) */
  addons?: { ingress?: IngressAddonConfig };
}

export interface IngressAddonConfig {
  enabled: boolean;
  /** where the ingress controller serves HTTP on the node address (80 like minikube's) */
  httpPort: number;
}
