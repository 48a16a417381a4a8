// mk api-versions: every group/version the server offers, sorted, one a line
// (kubectl/pkg/cmd/apiresources/apiversions.go: legacy /api versions plus /apis groups).
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';

interface ApiVersionsDoc {
  versions?: string[];
}

interface GroupList {
  groups?: { name: string; versions: { groupVersion: string }[] }[];
}

export function registerApiVersions(program: Command, ctx: () => CliContext): void {
  program
    .command('api-versions')
    .description('Print the supported API versions on the server, in the form of "group/version"')
    .argument('[args...]')
    .action(async (args: string[]) => {
      if (args.length) throw new UsageError(`unexpected arguments: [${args.join(' ')}]`, 'mk api-versions');
      const c = ctx();
      let versions: string[];
      try {
        // kubectl always asks the server afresh here, never the discovery cache
        const [core, groups] = await Promise.all([c.client.request<ApiVersionsDoc>('GET', '/api'), c.client.request<GroupList>('GET', '/apis')]);
        versions = [...(core.versions ?? []), ...(groups.groups ?? []).flatMap((g) => g.versions.map((v) => v.groupVersion))];
      } catch (e) {
        throw new CliError(`couldn't get available api versions from server: ${(e as Error).message}`);
      }
      versions.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      c.io.out(versions.map((v) => `${v}\n`).join(''));
    });
}
