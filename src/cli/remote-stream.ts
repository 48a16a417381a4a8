// The client half of exec and attach: the v5.channel.k8s.io WebSocket protocol against
// …/pods/NAME/exec|attach, wiring this process's stdin/stdout/stderr to the channels.
import WebSocket from 'ws';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { stdStream } from './stdio.js';

const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const STATUS = 3;
const RESIZE = 4;
const CLOSE = 255;

/** The metav1.Status the server sends on the status channel. */
export interface RemoteStatus {
  status?: string;
  message?: string;
  reason?: string;
  details?: { causes?: { reason?: string; message?: string }[] };
}

/** The server refused the upgrade: `message` as CheckErr prints it, `detail` as %v does. */
export class UpgradeRefused extends CliError {
  constructor(message: string, readonly detail: string) {
    super(message);
  }
}

/** Streams until the server closes; resolves with the status it sent, if any. */
export function streamRemote(c: CliContext, path: string, q: URLSearchParams, o: { stdin: boolean; tty: boolean }): Promise<RemoteStatus | undefined> {
  const { url, token, agent } = c.client.connection;
  const wsUrl = `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}${path}?${q}`;
  const ws = new WebSocket(wsUrl, ['v5.channel.k8s.io'], { agent, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return new Promise<RemoteStatus | undefined>((resolve, reject) => {
    let status: RemoteStatus | undefined;
    const restore = () => {
      if (o.tty) process.stdin.setRawMode?.(false);
      process.stdin.pause();
    };
    ws.on('open', () => {
      if (!o.stdin) return;
      if (o.tty) {
        process.stdin.setRawMode?.(true);
        const resize = () => ws.send(Buffer.concat([Buffer.from([RESIZE]), Buffer.from(JSON.stringify({ Width: process.stdout.columns, Height: process.stdout.rows }))]));
        resize();
        stdStream(1).on('resize', resize);
      }
      process.stdin.on('data', (d: Buffer) => ws.send(Buffer.concat([Buffer.from([STDIN]), d])));
      process.stdin.on('end', () => ws.send(Buffer.from([CLOSE, STDIN])));
      process.stdin.resume();
    });
    ws.on('message', (data: Buffer) => {
      const ch = data[0];
      const body = data.subarray(1);
      if (ch === STDOUT) stdStream(1).write(body);
      else if (ch === STDERR) stdStream(2).write(body);
      else if (ch === STATUS && body.length) status = JSON.parse(body.toString());
    });
    ws.on('close', () => {
      restore();
      resolve(status);
    });
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d));
      res.on('end', () => {
        restore();
        try {
          const st = JSON.parse(text);
          reject(new UpgradeRefused(`Error from server (${st.reason ?? 'BadRequest'}): ${st.message}`, st.message));
        } catch {
          const detail = `unable to upgrade connection: ${text.trim() || res.statusCode}`;
          reject(new UpgradeRefused(detail, detail));
        }
      });
    });
    ws.on('error', (e) => {
      restore();
      reject(e);
    });
  });
}
