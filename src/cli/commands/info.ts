// version, cluster-info, api-resources.
import type { Command } from 'commander';
import { isatty } from 'node:tty';
import { SERVER_VERSION } from '../../apiserver/discovery.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { tabwrite } from '../printers/tabwriter.js';
import { toKubectlYaml } from '../printers/yaml.js';

const CLIENT_VERSION = { major: SERVER_VERSION.major, minor: SERVER_VERSION.minor, gitVersion: SERVER_VERSION.gitVersion, gitCommit: SERVER_VERSION.gitCommit, gitTreeState: 'clean', buildDate: SERVER_VERSION.buildDate, goVersion: SERVER_VERSION.goVersion, compiler: 'gc', platform: SERVER_VERSION.platform };

export function registerInfo(program: Command, ctx: () => CliContext): void {
  program
    .command('version')
    .description('Print the client and server version information')
    .option('--client', 'If true, shows client version only (no server required).')
    .option('-o, --output <format>', "One of 'yaml' or 'json'.")
    .action(async (o: { client?: boolean; output?: string }) => {
      const c = ctx();
      let server: typeof SERVER_VERSION | undefined;
      let failure: unknown;
      if (!o.client) {
        try {
          server = await c.client.request('GET', '/version');
        } catch (e) {
          failure = e;
        }
      }
      const doc: Record<string, unknown> = { clientVersion: CLIENT_VERSION, kustomizeVersion: 'v5.6.0' };
      if (server) doc.serverVersion = server;
      if (o.output === 'json') c.io.out(JSON.stringify(doc, null, 2) + '\n');
      else if (o.output === 'yaml') c.io.out(toKubectlYaml(doc));
      else if (o.output) throw new CliError(`--output must be 'yaml' or 'json'`);
      else {
        c.io.out(`Client Version: ${CLIENT_VERSION.gitVersion}\nKustomize Version: v5.6.0\n`);
        if (server) c.io.out(`Server Version: ${server.gitVersion}\n`);
      }
      if (failure) throw failure;
    });

  program
    .command('cluster-info')
    .description('Display cluster information')
    .action(async () => {
      const c = ctx();
      await c.client.request('GET', '/version');
      const tty = isatty(1);
      const color = (code: number, s: string) => (tty ? `\x1b[0;${code}m${s}\x1b[0m` : s);
      c.io.out(`${color(32, 'Kubernetes control plane')} is running at ${color(33, c.client.server)}\n`);
      c.io.out(`\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
    });

  program
    .command('api-resources')
    .description('Print the supported API resources on the server')
    .option('--namespaced <bool>', 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.')
    .option('--no-headers', "When using the default or custom-column output format, don't print headers")
    .option('-o, --output <format>', "Output format. One of: (wide, name).")
    .option('--api-group <group>', 'Limit to resources in the specified API group.')
    .option('--verbs <verbs>', 'Limit to resources that support the specified verbs.')
    .option('--sort-by <field>', "If non-empty, sort list of resources using specified field. One of (name, kind).")
    .option('--cached', 'Use the cached list of resources if available.')
    .option('--categories <list>', 'Limit to resources that belong to the specified categories.', (v: string, prev: string[] = []) => [...prev, ...v.split(',')])
    .action(async (o: { namespaced?: string; headers?: boolean; output?: string; apiGroup?: string; verbs?: string; sortBy?: string; cached?: boolean; categories?: string[] }) => {
      const c = ctx();
      // without --cached kubectl invalidates its discovery cache first
      let list = await c.mapper.all(!o.cached);
      if (o.categories?.length) list = list.filter((r) => o.categories!.every((cat) => r.categories.includes(cat)));
      // ServerPreferredResources: a resource once per group, from the first version that serves it
      const seen = new Set<string>();
      list = list.filter((r) => {
        const key = `${r.group}/${r.resource}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (o.namespaced !== undefined) list = list.filter((r) => r.namespaced === (o.namespaced !== 'false'));
      if (o.apiGroup !== undefined) list = list.filter((r) => r.group === o.apiGroup);
      if (o.verbs) {
        const want = o.verbs.split(',');
        list = list.filter((r) => want.every((v) => r.verbs.includes(v)));
      }
      // kubectl sorts stably by API group unless told otherwise
      if (!o.sortBy) list = [...list].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
      if (o.sortBy === 'name') list = [...list].sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
      if (o.sortBy === 'kind') list = [...list].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
      if (o.output === 'name') {
        for (const r of list) c.io.out(`${r.group ? `${r.resource}.${r.group}` : r.resource}\n`);
        return;
      }
      const wide = o.output === 'wide';
      const rows: string[][] = [];
      if (o.headers !== false) rows.push(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])]);
      for (const r of list) {
        rows.push([r.resource, r.shortNames.join(','), r.group ? `${r.group}/${r.version}` : r.version, String(r.namespaced), r.kind, ...(wide ? [r.verbs.join(','), r.categories.join(',')] : [])]);
      }
      c.io.out(tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), { minwidth: 0, tabwidth: 8, padding: 3, padchar: ' ' }));
    });
}
