// portforward over the WebSocket channel protocol (v4.channel.k8s.io, the kubelet's
// websocket.go): `?ports=a,b`; port i uses channel 2i for data and 2i+1 for errors, and the
// first message the server sends on each channel is the port, little-endian.
import type { Socket } from 'node:net';
import type WebSocket from 'ws';

export function portPrefix(channel: number, port: number): Buffer {
  const b = Buffer.alloc(3);
  b[0] = channel;
  b.writeUInt16LE(port, 1);
  return b;
}

export function serveChannelPortForward(ws: WebSocket, ports: number[], dial: (port: number) => Promise<Socket>): void {
  const sockets: (Socket | undefined)[] = [];
  const early: Buffer[][] = ports.map(() => []);
  let open = ports.length;
  const send = (ch: number, data: Buffer) => {
    if (ws.readyState === ws.OPEN) ws.send(Buffer.concat([Buffer.from([ch]), data]));
  };
  const doneOne = () => {
    if (--open <= 0 && ws.readyState === ws.OPEN) ws.close(1000);
  };
  ports.forEach((port, i) => {
    ws.send(portPrefix(2 * i, port));
    ws.send(portPrefix(2 * i + 1, port));
    dial(port).then(
      (s) => {
        if (ws.readyState !== ws.OPEN) return void s.destroy();
        sockets[i] = s;
        for (const b of early[i].splice(0)) s.write(b);
        s.on('data', (b: Buffer) => send(2 * i, b));
        s.on('end', () => s.end());
        s.on('close', doneOne);
        s.on('error', () => undefined);
      },
      (e: Error) => {
        send(2 * i + 1, Buffer.from(e.message));
        doneOne();
      },
    );
  });
  ws.on('message', (msg: Buffer) => {
    if (!msg.length) return;
    const ch = msg[0];
    if (ch % 2 !== 0) return;
    const i = ch / 2;
    if (i >= ports.length) return;
    const body = msg.subarray(1);
    if (sockets[i]) sockets[i]!.write(body);
    else early[i].push(body);
  });
  ws.on('close', () => {
    for (const s of sockets) s?.destroy();
  });
}
