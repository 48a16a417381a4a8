// Relays one accepted client connection to the first backend that takes it. A backend that
// refuses, or closes before answering anything (a server that is shutting down drops idle
// connections), is replaced by the next one and the client's bytes so far are replayed, so
// the client never sees the failure.
import { connect, type Socket } from 'node:net';

export interface RelayTarget<B> {
  backend: B;
  /** where it really listens on this host; undefined when it cannot be reached */
  address(): { host: string; port: number } | undefined;
}

export interface RelayOptions<B> {
  onConnected?(backend: B): void;
  /** no backend took the connection */
  onExhausted?(): void;
  /** how long after connecting a silent close still counts as "never served" (ms) */
  replayWindowMs?: number;
  /** most client bytes kept for a replay */
  replayLimit?: number;
}

export function relay<B>(client: Socket, targets: RelayTarget<B>[], opts: RelayOptions<B> = {}): void {
  const replayWindow = opts.replayWindowMs ?? 2000;
  const replayLimit = opts.replayLimit ?? 256 * 1024;
  let kept: Buffer[] | undefined = [];
  let keptBytes = 0;
  let upstream: Socket | undefined;
  let connected = false;
  let answered = false;
  let clientEnded = false;
  let clientGone = false;
  let next = 0;

  const giveUp = () => {
    opts.onExhausted?.();
    if (!clientGone) client.resetAndDestroy();
  };

  const tryNext = () => {
    upstream = undefined;
    connected = false;
    if (clientGone) return;
    if (!kept) return void client.destroy();
    while (next < targets.length) {
      const t = targets[next++];
      const addr = t.address();
      if (!addr) continue;
      return void attempt(t, addr);
    }
    giveUp();
  };

  const attempt = (t: RelayTarget<B>, addr: { host: string; port: number }) => {
    const up = connect({ host: addr.host, port: addr.port, allowHalfOpen: true });
    up.setNoDelay(true);
    upstream = up;
    let connectedAt = 0;
    const failedBeforeAnswer = () => !answered && kept !== undefined && (!connectedAt || Date.now() - connectedAt < replayWindow);
    up.once('connect', () => {
      connectedAt = Date.now();
      connected = true;
      for (const b of kept ?? []) up.write(b);
      if (clientEnded) up.end();
      client.resume();
    });
    up.on('data', (d: Buffer) => {
      if (!answered) {
        answered = true;
        kept = undefined;
        opts.onConnected?.(t.backend);
      }
      if (!client.write(d)) {
        up.pause();
        client.once('drain', () => up.resume());
      }
    });
    up.on('end', () => {
      if (failedBeforeAnswer() && !clientGone) {
        up.destroy();
        return tryNext();
      }
      if (!answered) opts.onConnected?.(t.backend);
      answered = true;
      client.end();
    });
    up.on('error', () => {
      if (failedBeforeAnswer()) return tryNext();
      client.destroy();
    });
    up.on('close', () => {
      if (upstream === up && answered && !clientGone) client.end();
    });
  };

  client.on('data', (d: Buffer) => {
    if (kept) {
      keptBytes += d.length;
      if (keptBytes > replayLimit && connected) kept = undefined;
      else kept.push(d);
    }
    if (connected && upstream && !upstream.write(d)) {
      client.pause();
      upstream.once('drain', () => client.resume());
    }
    if (!connected) client.pause();
  });
  client.on('end', () => {
    clientEnded = true;
    if (connected) upstream?.end();
  });
  client.on('error', () => undefined);
  client.on('close', () => {
    clientGone = true;
    upstream?.destroy();
  });
  tryNext();
}
