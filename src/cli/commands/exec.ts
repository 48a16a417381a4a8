// mk exec [-i] [-t] POD|TYPE/NAME [-c C] -- COMMAND...: the v5.channel.k8s.io WebSocket protocol.
import type { Command } from 'commander';
import WebSocket from 'ws';
import { R } from '../../client/interface.js';
import { resourcePath } from '../../client/paths.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError } from '../errors.js';
import { podFor } from './logs.js';

const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const STATUS = 3;
const RESIZE = 4;
const CLOSE = 255;

export function registerExec(program: Command, ctx: () => CliContext): void {
  program
    .command('exec')
    .description('Execute a command in a container')
    .argument('<target>')
    .argument('[command...]')
    .option('-c, --container <name>', 'Container name. If omitted, use the default container.')
    .option('-i, --stdin', 'Pass stdin to the container')
    .option('-t, --tty', 'Stdin is a TTY')
    .option('-q, --quiet', 'Only print output from the remote session')
    .action(async (target: string, command: string[], o: { container?: string; stdin?: boolean; tty?: boolean }) => {
      const c = ctx();
      if (!command.length) throw new CliError('you must specify at least one command for the container');
      const pod = await podFor(c, target, target);
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
      const container = o.container ?? pod.spec?.containers?.[0]?.name;
      if (!pod.spec?.containers?.some((x: { name: string }) => x.name === container)) throw new CliError(`container ${container} not found in pod ${pod.metadata.name}`);
      const tty = !!o.tty && !!o.stdin && !!process.stdin.isTTY;
      // kubectl warns only when a TTY was asked for together with stdin (-ti) and stdin is not one
      if (o.tty && o.stdin && !tty) c.io.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
      const { url, token, agent } = c.client.connection;
      const q = new URLSearchParams();
      for (const part of command) q.append('command', part);
      q.set('container', container);
      q.set('stdout', 'true');
      q.set('stderr', String(!tty));
      if (o.stdin) q.set('stdin', 'true');
      if (tty) q.set('tty', 'true');
      const wsUrl = `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}${resourcePath(R.pods, pod.metadata.namespace, pod.metadata.name, 'exec')}?${q}`;
      const ws = new WebSocket(wsUrl, ['v5.channel.k8s.io'], { agent, headers: token ? { Authorization: `Bearer ${token}` } : {} });
      const code = await new Promise<number>((resolve, reject) => {
        let status = 0;
        const restore = () => {
          if (tty) process.stdin.setRawMode?.(false);
          process.stdin.pause();
        };
        ws.on('open', () => {
          if (!o.stdin) return;
          if (tty) {
            process.stdin.setRawMode?.(true);
            const resize = () => ws.send(Buffer.concat([Buffer.from([RESIZE]), Buffer.from(JSON.stringify({ Width: process.stdout.columns, Height: process.stdout.rows }))]));
            resize();
            process.stdout.on('resize', resize);
          }
          process.stdin.on('data', (d: Buffer) => ws.send(Buffer.concat([Buffer.from([STDIN]), d])));
          process.stdin.on('end', () => ws.send(Buffer.from([CLOSE, STDIN])));
          process.stdin.resume();
        });
        ws.on('message', (data: Buffer) => {
          const ch = data[0];
          const body = data.subarray(1);
          if (ch === STDOUT) process.stdout.write(body);
          else if (ch === STDERR) process.stderr.write(body);
          else if (ch === STATUS && body.length) {
            const st = JSON.parse(body.toString());
            if (st.status !== 'Success') {
              const exit = st.details?.causes?.find((x: { reason?: string }) => x.reason === 'ExitCode')?.message;
              status = exit ? Number(exit) : 1;
              if (!exit) c.io.err(`error: ${st.message ?? 'exec failed'}\n`);
            }
          }
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
              reject(new CliError(`Error from server (${st.reason ?? 'BadRequest'}): ${st.message}`));
            } catch {
              reject(new CliError(`unable to upgrade connection: ${text.trim() || res.statusCode}`));
            }
          });
        });
        ws.on('error', (e) => {
          restore();
          reject(e);
        });
      });
      if (code) {
        c.io.err(`command terminated with exit code ${code}\n`);
        throw new ExitError(code);
      }
    });
}
