// nginx's log formats: the docker image's "main" access log (stdout) and error-log lines (stderr).
import { remoteAddress } from './serve.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n) => String(n).padStart(2, '0');

/** $time_local in a UTC container: 23/Nov/2026:10:00:00 +0000 */
export function timeLocal(d = new Date()) {
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** Error-log timestamp: 2026/11/23 10:00:00 */
export function errorLogTime(d = new Date()) {
  return `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** nginx escapes non-printable bytes and quotes in logged variables as \xHH. */
function esc(v) {
  if (v === undefined || v === '') return '-';
  return String(v).replace(/[\x00-\x1f"\\\x7f-\uffff]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? c : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/**
 * log_format main '$remote_addr - $remote_user [$time_local] "$request" '
 *   '$status $body_bytes_sent "$http_referer" "$http_user_agent" "$http_x_forwarded_for"';
 */
export function accessLogLine(req, status, bytes) {
  const request = `${req.method} ${req.url} HTTP/${req.httpVersion}`;
  const h = req.headers;
  return `${remoteAddress(req)} - - [${timeLocal()}] "${esc(request)}" ${status} ${bytes} "${esc(h.referer)}" "${esc(h['user-agent'])}" "${esc(h['x-forwarded-for'])}"\n`;
}

/** One error-log line: `2026/11/23 10:00:00 [notice] 1#1: message` */
export function errorLogLine(level, pid, message) {
  return `${errorLogTime()} [${level}] ${pid}#${pid}: ${message}\n`;
}
