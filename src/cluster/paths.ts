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
};

export interface ClusterConfig {
  name: string;
  apiPort: number;
  nodes: number;
  token: string;
  createdAt: string;
}
