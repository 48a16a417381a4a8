// Entry point: the hidden daemon mode, or the CLI.
const argv = process.argv.slice(2);

if (argv[0] === '__daemon') {
  const { runDaemon } = await import('./cluster/daemon.js');
  await runDaemon(argv[1]);
} else {
  const { runCli } = await import('./cli/index.js');
  process.exitCode = await runCli(argv);
}
export {};
