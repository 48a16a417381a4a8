// commander loads node:child_process when it is imported, for executable subcommands that mk
// never uses; that load is a few ms of every run, so the build hands commander this stand-in,
// which loads the real module on first use.
import type { ChildProcess, SpawnOptions } from 'node:child_process';

type ChildProcessModule = typeof import('node:child_process');
const real = (): ChildProcessModule => (process as unknown as { getBuiltinModule(id: string): ChildProcessModule }).getBuiltinModule('node:child_process');

export function spawn(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return real().spawn(command, args, options);
}
