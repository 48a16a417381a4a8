// Every command mk understands. Each group's module is imported only when the command line
// names it (a bare `mk`, help or an unknown word loads them all), so `mk get pods` does not
// parse the OpenAPI tables, the WebSocket client or the describers it never uses.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

type Ctx = () => CliContext;
type Loader = (program: Command, ctx: Ctx) => Promise<void>;

const GROUPS: Record<string, Loader> = {
  lifecycle: async (p, c) => (await import('./lifecycle.js')).registerLifecycle(p, c),
  get: async (p, c) => (await import('./get.js')).registerGet(p, c),
  create: async (p, c) => {
    const [{ registerCreate }, { registerCreateGenerators }, { registerExpose }, { registerRun }] = await Promise.all([import('./create.js'), import('./create-generators.js'), import('./expose.js'), import('./run.js')]);
    const create = registerCreate(p, c);
    registerCreateGenerators(create, c);
    (await import('./create-job.js')).registerCreateJob(create, c);
    (await import('./create-cronjob.js')).registerCreateCronJob(create, c);
    (await import('./create-pdb.js')).registerCreatePdb(create, c);
    (await import('./create-ingress.js')).registerCreateIngress(create, c);
    const service = create.command('service').alias('svc').description('Create a service using a specified subcommand.');
    registerExpose(p, service, c);
    registerRun(p, c);
  },
  scale: async (p, c) => (await import('./scale.js')).registerScale(p, c),
  autoscale: async (p, c) => (await import('./autoscale.js')).registerAutoscale(p, c),
  set: async (p, c) => (await import('./set.js')).registerSet(p, c),
  rollout: async (p, c) => (await import('./rollout.js')).registerRollout(p, c),
  describe: async (p, c) => (await import('./describe.js')).registerDescribe(p, c),
  logs: async (p, c) => (await import('./logs.js')).registerLogs(p, c),
  attach: async (p, c) => (await import('./attach.js')).registerAttach(p, c),
  exec: async (p, c) => (await import('./exec.js')).registerExec(p, c),
  'port-forward': async (p, c) => (await import('./port-forward.js')).registerPortForward(p, c),
  proxy: async (p, c) => (await import('./proxy.js')).registerProxy(p, c),
  service: async (p, c) => (await import('./service.js')).registerService(p, c),
  addons: async (p, c) => (await import('./addons.js')).registerAddons(p, c),
  modify: async (p, c) => (await import('./modify.js')).registerModify(p, c),
  edit: async (p, c) => (await import('./edit.js')).registerEdit(p, c),
  apply: async (p, c) => (await import('./apply.js')).registerApply(p, c),
  delete: async (p, c) => (await import('./delete.js')).registerDelete(p, c),
  info: async (p, c) => (await import('./info.js')).registerInfo(p, c),
  config: async (p, c) => (await import('./config.js')).registerConfig(p, c),
  wait: async (p, c) => (await import('./wait.js')).registerWait(p, c),
  replace: async (p, c) => (await import('./replace.js')).registerReplace(p, c),
  events: async (p, c) => (await import('./events.js')).registerEvents(p, c),
  explain: async (p, c) => (await import('./explain.js')).registerExplain(p, c),
  top: async (p, c) => (await import('./top.js')).registerTop(p, c),
  cp: async (p, c) => (await import('./cp.js')).registerCp(p, c),
  completion: async (p, c) => (await import('./completion.js')).registerCompletion(p, c),
  'node-maintenance': async (p, c) => (await import('./node-maintenance.js')).registerNodeMaintenance(p, c),
  taint: async (p, c) => (await import('./taint.js')).registerTaint(p, c),
  'api-versions': async (p, c) => (await import('./api-versions.js')).registerApiVersions(p, c),
  help: async (p, c) => (await import('./help.js')).registerHelp(p, c),
};

/** The command word → the group that registers it. */
const WORDS: Record<string, keyof typeof GROUPS> = {
  start: 'lifecycle', stop: 'lifecycle', status: 'lifecycle', ip: 'lifecycle',
  run: 'create', expose: 'create',
  patch: 'modify', label: 'modify', annotate: 'modify',
  version: 'info', 'cluster-info': 'info', 'api-resources': 'info',
  __complete: 'completion', options: 'help',
  cordon: 'node-maintenance', uncordon: 'node-maintenance', drain: 'node-maintenance',
};

/** Global flags that take a value as the next word. */
const GLOBAL_WITH_VALUE = new Set(['--kubeconfig', '--context', '-s', '--server', '--token', '-n', '--namespace', '--request-timeout', '-v', '--v', '--cache-dir']);

/** The first word that is not a global flag or its value: the command. */
export function commandWord(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return undefined;
    if (GLOBAL_WITH_VALUE.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return a;
  }
  return undefined;
}

export async function registerCommands(program: Command, ctx: Ctx, argv: string[]): Promise<void> {
  const word = commandWord(argv);
  const group = word === undefined ? undefined : (WORDS[word] ?? (word in GROUPS ? word : undefined));
  // help and completion describe every command, so they need them all
  const needsAll = group === 'help' || group === 'completion';
  if (group && !needsAll) {
    await GROUPS[group](program, ctx);
    return;
  }
  // a bare `mk`, help, completion or an unknown command: everything, in help order
  for (const load of Object.values(GROUPS)) await load(program, ctx);
}
