// kubectl-style help pages: flag entries, default formatting, word wrapping and page layout.
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { bool, formatFlag, int, list, str, val } from '../../src/cli/help/flag-help.js';
import { renderCommandHelp, renderOptions, visibleFlags } from '../../src/cli/help/render.js';
import { wrapLimitFor, wrapString } from '../../src/cli/help/wordwrap.js';
import { HELP_TEXTS } from '../../src/cli/help/texts/index.js';
import { registerScale } from '../../src/cli/commands/scale.js';
import { registerCreate } from '../../src/cli/commands/create.js';
import { registerCreateGenerators } from '../../src/cli/commands/create-generators.js';
import { registerCreateJob } from '../../src/cli/commands/create-job.js';
import { registerCreateCronJob } from '../../src/cli/commands/create-cronjob.js';
import { registerCreateIngress } from '../../src/cli/commands/create-ingress.js';
import { registerCreatePdb } from '../../src/cli/commands/create-pdb.js';
import { registerAutoscale } from '../../src/cli/commands/autoscale.js';

describe('flag entries', () => {
  it('prints each default the way pflag does', () => {
    expect(formatFlag(bool('--all', false, 'Select all'))).toBe('    --all=false:\n\tSelect all\n\n');
    expect(formatFlag(bool('-w, --watch', true, 'Watch'))).toBe('    -w, --watch=true:\n\tWatch\n\n');
    expect(formatFlag(str('-o, --output', '', 'Output format.'))).toBe("    -o, --output='':\n\tOutput format.\n\n");
    expect(formatFlag(str('--dry-run', 'none', 'Must be'))).toBe("    --dry-run='none':\n\tMust be\n\n");
    expect(formatFlag(list('-f, --filename', [], 'Files'))).toBe('    -f, --filename=[]:\n\tFiles\n\n');
    expect(formatFlag(list('--address', ['localhost', '::1'], 'Addresses'))).toBe('    --address=[localhost,::1]:\n\tAddresses\n\n');
    expect(formatFlag(int('--current-replicas', -1, 'Precondition'))).toBe('    --current-replicas=-1:\n\tPrecondition\n\n');
    expect(formatFlag(val('--timeout', '0s', 'Wait'))).toBe('    --timeout=0s:\n\tWait\n\n');
  });

  it('joins a usage written on several lines and leaves it whole off a terminal', () => {
    const long = 'word '.repeat(40).trim();
    expect(formatFlag(str('--x', '', `first\nsecond ${long}`))).toBe(`    --x='':\n\tfirst second ${long}\n\n`);
  });

  it('wraps the usage ten columns inside the terminal limit, each line tab-indented', () => {
    const usage = 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.';
    expect(formatFlag(bool('--allow-missing-template-keys', true, usage), 80)).toBe(
      '    --allow-missing-template-keys=true:\n' +
        '\tIf true, ignore any errors in templates when a field or map key is\n' +
        '\tmissing in the template. Only applies to golang and jsonpath output\n' +
        '\tformats.\n\n',
    );
  });
});

describe('word wrapping', () => {
  it('breaks at spaces, drops the space at the break and keeps line breaks', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrapString('aaa bbb\nccc ddd', 5)).toBe('aaa\nbbb\nccc\nddd');
    expect(wrapString('short', 80)).toBe('short');
  });

  it('lets a word longer than the limit run over', () => {
    expect(wrapString('a verylongword b', 5)).toBe('a\nverylongword\nb');
  });

  it('keeps indentation and trailing spaces of blank example lines', () => {
    expect(wrapString('  # one\n  \n  two', 80)).toBe('  # one\n  \n  two');
  });

  it('uses the terminal width classes kubectl uses', () => {
    expect([undefined, 60, 79, 80, 99, 100, 119, 120, 300].map(wrapLimitFor)).toEqual([0, 0, 0, 80, 80, 100, 100, 120, 120]);
  });
});

function scaleCommand(): Command {
  const program = new Command('mk');
  registerScale(program, () => {
    throw new Error('not run');
  });
  return program.commands[0];
}

describe('pages', () => {
  it('lists only the flags mk defines, sorted, in kubectl words', () => {
    const names = visibleFlags(scaleCommand(), HELP_TEXTS.scale).map((f) => f.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('replicas');
    expect(names).not.toContain('dry-run'); // kubectl has it, mk does not
  });

  it('lays a page out as kubectl does', () => {
    const page = renderCommandHelp(scaleCommand(), HELP_TEXTS);
    expect(page.startsWith('Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n Scale also')).toBe(true);
    expect(page).toContain('\n\nExamples:\n  # Scale a replica set named \'foo\' to 3\n  mk scale --replicas=3 rs/foo\n');
    expect(page).toContain('\n\nOptions:\n    --all=false:\n\tSelect all resources in the namespace of the specified resource types\n\n    --current-replicas=-1:\n\tPrecondition for current size.');
    expect(page).toContain('\n    --replicas=0:\n\tThe new desired number of replicas. Required.\n\n');
    expect(page).toContain("\n    --timeout=0s:\n\tThe length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).\n\nUsage:\n");
    expect(page.endsWith('Usage:\n  mk scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]\n\n' + 'Use "mk options" for a list of global command-line options (applies to all commands).\n')).toBe(true);
  });

  it('gives a group its commands, sorted, padded to at least cobra\'s eleven columns, and the <command> tip', () => {
    const program = new Command('mk');
    const group = program.command('rollout').description('Manage the rollout of a resource');
    group.command('undo').description('x');
    group.command('status').description('y');
    const page = renderCommandHelp(group, HELP_TEXTS);
    expect(page).toContain('Available Commands:\n  status        Show the status of the rollout\n  undo          Undo a previous rollout\n\n');
    expect(page).toContain('Usage:\n  mk rollout SUBCOMMAND [options]\n\nUse "mk rollout <command> --help" for more information about a given command.\nUse "mk options"');
  });

  it('pads to a hidden command\'s name too, as cobra does, without listing it', () => {
    const program = new Command('mk');
    const group = program.command('rollout');
    group.command('undo');
    group.command('a-rather-long-hidden', { hidden: true });
    expect(renderCommandHelp(group, HELP_TEXTS)).toContain(`Available Commands:\n  ${'undo'.padEnd(20)}   Undo a previous rollout\n\n`);
  });

  it('shows the aliases mk registers', () => {
    const program = new Command('mk');
    const create = program.command('create');
    const deployment = create.command('deployment').alias('deploy').option('--image <image>', 'x');
    expect(renderCommandHelp(deployment, HELP_TEXTS)).toContain('\n\nAliases:\ndeployment, deploy\n\nExamples:\n');
  });

  it('falls back to commander descriptions for a command without texts', () => {
    const program = new Command('mk');
    const cmd = program.command('frob').description('Frob things').option('--hard', 'Frob hard').option('-n, --times <n>', 'How often', '2');
    expect(renderCommandHelp(cmd, {})).toBe(
      "Frob things\n\nOptions:\n    --hard=false:\n\tFrob hard\n\n    -n, --times='2':\n\tHow often\n\nUsage:\n  mk frob [options]\n\n" +
        'Use "mk options" for a list of global command-line options (applies to all commands).\n',
    );
  });

  it('prints the global flags as kubectl options does', () => {
    expect(renderOptions([str('--token', '', 'Bearer token'), str('--context', '', 'The context')])).toBe(
      "The following options can be passed to any command:\n\n    --context='':\n\tThe context\n\n    --token='':\n\tBearer token\n\n",
    );
  });
});

/** The create generators and autoscale as mk registers them (never run). */
function generatorCommands(): Record<string, Command> {
  const program = new Command('mk');
  const ctx = () => {
    throw new Error('not run');
  };
  const create = registerCreate(program, ctx);
  registerCreateGenerators(create, ctx);
  registerCreateJob(create, ctx);
  registerCreateCronJob(create, ctx);
  registerCreateIngress(create, ctx);
  registerCreatePdb(create, ctx);
  registerAutoscale(program, ctx);
  const byKey: Record<string, Command> = { autoscale: program.commands.find((c) => c.name() === 'autoscale')! };
  for (const c of create.commands) byKey[`create ${c.name()}`] = c;
  byKey['create secret generic'] = create.commands.find((c) => c.name() === 'secret')!.commands[0];
  return byKey;
}

describe('create generators and autoscale', () => {
  const commands = generatorCommands();
  // what kubectl 1.33 lists that mk cannot do: kustomize
  const notInMk: Record<string, string[]> = { autoscale: ['kustomize'] };

  it.each(['create job', 'create cronjob', 'create ingress', 'create poddisruptionbudget', 'create deployment', 'create namespace', 'create configmap', 'create secret generic', 'autoscale'])('%s accepts every flag its kubectl page lists', (key) => {
    const cmd = commands[key];
    const documented = HELP_TEXTS[key].flags.map((f) => f.name).filter((n) => !(notInMk[key] ?? []).includes(n));
    expect(visibleFlags(cmd, HELP_TEXTS[key]).map((f) => f.name)).toEqual([...documented].sort());
  });

  it('gives the generators kubectl\'s shared flags with their defaults', () => {
    const page = renderCommandHelp(commands['create job'], HELP_TEXTS);
    expect(page).toContain("\n    --field-manager='kubectl-create':\n");
    expect(page).toContain("\n    --dry-run='none':\n");
    expect(page).toContain("\n    --validate='strict':\n");
    expect(page).toContain('\n    --allow-missing-template-keys=true:\n');
    expect(page).toContain('\n\nExamples:\n  # Create a job\n  mk create job my-job --image=busybox\n');
    expect(page).toContain('Usage:\n  mk create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]\n');
    expect(renderCommandHelp(commands['create ingress'], HELP_TEXTS)).toContain('Usage:\n  mk create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]\n');
    expect(renderCommandHelp(commands.autoscale, HELP_TEXTS)).toContain("\n    --field-manager='kubectl-autoscale':\n");
  });
});
