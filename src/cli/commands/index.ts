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

export function registerCommands(program: Command, ctx: () => CliContext, _argv: string[]): void {
  registerLifecycle(program, ctx);
  registerGet(program, ctx);
  registerCreate(program, ctx);
  registerApply(program, ctx);
  registerDelete(program, ctx);
  registerInfo(program, ctx);
  registerConfig(program, ctx);
}
