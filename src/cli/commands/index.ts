// Every command mk understands.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerLifecycle } from './lifecycle.js';
import { registerInfo } from './info.js';
import { registerGet } from './get.js';
import { registerCreate } from './create.js';
import { registerApply } from './apply.js';
import { registerDelete } from './delete.js';
import { registerConfig } from './config.js';
import { registerScale } from './scale.js';
import { registerSet } from './set.js';
import { registerRollout } from './rollout.js';
import { registerDescribe } from './describe.js';
import { registerLogs } from './logs.js';
import { registerExec } from './exec.js';
import { registerModify } from './modify.js';
import { registerEdit } from './edit.js';
import { registerExpose } from './expose.js';
import { registerPortForward } from './port-forward.js';
import { registerProxy } from './proxy.js';
import { registerService } from './service.js';
import { registerCreateGenerators, registerRun } from './create-generators.js';

export function registerCommands(program: Command, ctx: () => CliContext, _argv: string[]): void {
  registerLifecycle(program, ctx);
  registerGet(program, ctx);
  const create = registerCreate(program, ctx);
  registerCreateGenerators(create, ctx);
  const service = create.command('service').alias('svc').description('Create a service using a specified subcommand.');
  registerExpose(program, service, ctx);
  registerRun(program, ctx);
  registerScale(program, ctx);
  registerSet(program, ctx);
  registerRollout(program, ctx);
  registerDescribe(program, ctx);
  registerLogs(program, ctx);
  registerExec(program, ctx);
  registerPortForward(program, ctx);
  registerProxy(program, ctx);
  registerService(program, ctx);
  registerModify(program, ctx);
  registerEdit(program, ctx);
  registerApply(program, ctx);
  registerDelete(program, ctx);
  registerInfo(program, ctx);
  registerConfig(program, ctx);
}
