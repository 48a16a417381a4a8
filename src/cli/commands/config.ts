// mk config view | current-context | get-contexts | use-context
import type { Command } from 'commander';
import { delimiter } from 'node:path';
import { kubeconfigPath, readKubeconfig, writeKubeconfig, emptyKubeconfig, type Kubeconfig } from '../../client/kubeconfig.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { tabwrite } from '../printers/tabwriter.js';
import { printStructured } from '../output.js';

function files(c: CliContext): string[] {
  if (c.flags.kubeconfig) return [c.flags.kubeconfig];
  return process.env.KUBECONFIG ? process.env.KUBECONFIG.split(delimiter).filter(Boolean) : [kubeconfigPath()];
}

function merged(c: CliContext): Kubeconfig {
  const out = emptyKubeconfig();
  for (const f of files(c)) {
    const k = readKubeconfig(f);
    for (const key of ['clusters', 'users', 'contexts'] as const) for (const item of k[key]) if (!(out[key] as { name: string }[]).some((x) => x.name === item.name)) (out[key] as { name: string }[]).push(item);
    if (!out['current-context']) out['current-context'] = k['current-context'];
  }
  return out;
}

export function registerConfig(program: Command, ctx: () => CliContext): void {
  const config = program.command('config').description('Modify kubeconfig files');
  config
    .command('view')
    .description('Display merged kubeconfig settings or a specified kubeconfig file')
    .option('--minify', 'Remove all information not used by current-context from the output')
    .option('--raw', 'Display raw byte data and sensitive data')
    .option('--flatten', 'Flatten the resulting kubeconfig file into self-contained output')
    .option('--merge', 'Merge the full hierarchy of kubeconfig files', true)
    .option('--no-merge', 'Show only the file given with --kubeconfig.')
    .option('-o, --output <format>', 'Output format', 'yaml')
    .action((o: { minify?: boolean; raw?: boolean; merge?: boolean; output: string }) => {
      const c = ctx();
      // --merge=false shows one file as it is, so that file must be named
      if (o.merge === false && !c.flags.kubeconfig) throw new CliError('if merge==false a precise file must be specified');
      let k = merged(c);
      if (o.minify) {
        const cur = c.flags.context || k['current-context'];
        const ctxEntry = k.contexts.find((x) => x.name === cur);
        if (!ctxEntry) throw new CliError(`current-context must exist in order to minify`);
        k = { ...k, contexts: [ctxEntry], clusters: k.clusters.filter((x) => x.name === ctxEntry.context.cluster), users: k.users.filter((x) => x.name === ctxEntry.context.user), 'current-context': cur };
      }
      if (!o.raw) {
        k = structuredClone(k);
        for (const u of k.users) for (const key of ['token', 'client-key-data', 'client-certificate-data', 'password']) if (u.user[key]) u.user[key] = key === 'token' || key === 'password' ? 'REDACTED' : 'DATA+OMITTED';
        for (const cl of k.clusters) if (cl.cluster['certificate-authority-data']) cl.cluster['certificate-authority-data'] = 'DATA+OMITTED';
      }
      const doc = { apiVersion: 'v1', clusters: k.clusters.length ? k.clusters : null, contexts: k.contexts.length ? k.contexts : null, 'current-context': k['current-context'], kind: 'Config', preferences: {}, users: k.users.length ? k.users : null };
      printStructured(c, doc, o.output);
    });
  config
    .command('current-context')
    .description('Display the current-context')
    .action(() => {
      const c = ctx();
      const cur = merged(c)['current-context'];
      if (!cur) throw new CliError('current-context is not set');
      c.io.out(cur + '\n');
    });
  config
    .command('get-contexts')
    .description('Describe one or many contexts')
    .argument('[name]')
    .option('--no-headers', "When using the default or custom-column output format, don't print headers")
    .option('-o, --output <format>', 'Output format. One of: (name).')
    .action((name: string | undefined, o: { headers?: boolean; output?: string }) => {
      const c = ctx();
      const k = merged(c);
      const list = name ? k.contexts.filter((x) => x.name === name) : k.contexts;
      if (name && !list.length) throw new CliError(`context ${name} not found`);
      if (o.output === 'name') {
        for (const x of list) c.io.out(x.name + '\n');
        return;
      }
      const rows = o.headers === false ? [] : ['CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n'];
      for (const x of list) rows.push(`${x.name === k['current-context'] ? '*' : ''}\t${x.name}\t${x.context.cluster}\t${x.context.user}\t${x.context.namespace ?? ''}\n`);
      c.io.out(tabwrite(rows.join(''), { minwidth: 10, tabwidth: 4, padding: 3, padchar: ' ' }));
    });
  config
    .command('use-context')
    .description('Set the current-context in a kubeconfig file')
    .argument('<name>')
    .action((name: string) => {
      const c = ctx();
      const path = files(c)[0];
      const k = readKubeconfig(path);
      if (!merged(c).contexts.some((x) => x.name === name)) throw new CliError(`no context exists with the name: "${name}"`);
      k['current-context'] = name;
      writeKubeconfig(path, k);
      c.io.out(`Switched to context "${name}".\n`);
    });
}
