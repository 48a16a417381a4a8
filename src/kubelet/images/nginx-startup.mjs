// What the official nginx image prints while starting and stopping: /docker-entrypoint.sh's
// lines on stdout (since 1.19) and nginx's notice-level error log on stderr (since 1.19).
import { readFileSync } from 'node:fs';
import { availableParallelism, release } from 'node:os';
import { errorLogLine } from './nginx-log.mjs';

function cmp(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

/** Whether this release's image has the entrypoint scripts and logs at notice level. */
export const hasEntrypoint = (version) => cmp(version, '1.19') >= 0;

function compiler(version, alpine) {
  if (alpine) return cmp(version, '1.25') >= 0 ? 'gcc 14.2.0 (Alpine 14.2.0) ' : 'gcc 12.2.1 20220924 (Alpine 12.2.1_git20220924-r4) ';
  if (cmp(version, '1.21') < 0) return 'gcc 8.3.0 (Debian 8.3.0-6) ';
  if (cmp(version, '1.24') < 0) return 'gcc 10.2.1 20210110 (Debian 10.2.1-6) ';
  if (cmp(version, '1.29') < 0) return 'gcc 12.2.0 (Debian 12.2.0-14) ';
  return 'gcc 14.2.0 (Debian 14.2.0-19) ';
}

function openFilesLimit() {
  try {
    const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (m) return `${m[1] === 'unlimited' ? 'RLIM_INFINITY' : m[1]}:${m[2] === 'unlimited' ? 'RLIM_INFINITY' : m[2]}`;
  } catch {
    // not Linux
  }
  return '1048576:1048576';
}

/** Worker process ids as they appear in a fresh container (the entrypoint's helpers used the first ones). */
export function workerPids(version) {
  const first = cmp(version, '1.24') >= 0 ? 29 : 22;
  return Array.from({ length: Math.max(1, availableParallelism()) }, (_, i) => first + i);
}

/** stdout lines of /docker-entrypoint.sh; `mounts` tells whether conf.d is a read-only volume. */
export function entrypointLines(version, mounts) {
  if (!hasEntrypoint(version) || process.env.NGINX_ENTRYPOINT_QUIET_LOGS) return '';
  const ep = '/docker-entrypoint.sh';
  const conf = '/etc/nginx/conf.d/default.conf';
  const confMounted = Object.keys(mounts).some((p) => p === '/etc/nginx/conf.d' || p === conf || p === '/etc/nginx');
  const lines = [
    `${ep}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
    `${ep}: Looking for shell scripts in /docker-entrypoint.d/`,
    `${ep}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
  ];
  const ipv6 = '10-listen-on-ipv6-by-default.sh';
  if (confMounted) lines.push(`${ipv6}: info: can not modify ${conf} (read-only file system?)`);
  else lines.push(`${ipv6}: info: Getting the checksum of ${conf}`, `${ipv6}: info: Enabled listen on IPv6 in ${conf}`);
  if (cmp(version, '1.24') >= 0) lines.push(`${ep}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`);
  lines.push(`${ep}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`);
  lines.push(`${ep}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`);
  lines.push(`${ep}: Configuration complete; ready for start up`);
  return lines.join('\n') + '\n';
}

/** nginx's notice lines on start (stderr). */
export function startNotices(version, alpine) {
  if (!hasEntrypoint(version)) return '';
  const n = (msg) => errorLogLine('notice', 1, msg);
  let out = n('using the "epoll" event method') + n(`nginx/${version}`) + n(`built by ${compiler(version, alpine)}`);
  out += n(`OS: Linux ${release()}`) + n(`getrlimit(RLIMIT_NOFILE): ${openFilesLimit()}`) + n('start worker processes');
  for (const pid of workerPids(version)) out += n(`start worker process ${pid}`);
  return out;
}

const SIGNAL_NUMBERS = { SIGINT: 2, SIGQUIT: 3, SIGTERM: 15 };

/** Lines when the stop signal arrives: SIGQUIT shuts down gracefully, TERM/INT exit fast. */
export function stopNotices(version, signal) {
  if (!hasEntrypoint(version)) return '';
  const graceful = signal === 'SIGQUIT';
  let out = errorLogLine('notice', 1, `signal ${SIGNAL_NUMBERS[signal] || 15} (${signal}) received, ${graceful ? 'shutting down' : 'exiting'}`);
  if (graceful) for (const pid of workerPids(version)) out += errorLogLine('notice', pid, 'gracefully shutting down');
  return out;
}

/** Lines as the workers and then the master exit. */
export function exitNotices(version) {
  if (!hasEntrypoint(version)) return '';
  const pids = workerPids(version);
  let out = '';
  for (const pid of pids) out += errorLogLine('notice', pid, 'exiting') + errorLogLine('notice', pid, 'exit');
  for (const pid of pids) {
    out += errorLogLine('notice', 1, `signal 17 (SIGCHLD) received from ${pid}`);
    out += errorLogLine('notice', 1, `worker process ${pid} exited with code 0`);
  }
  return out + errorLogLine('notice', 1, 'exit');
}
