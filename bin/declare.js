#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build` (and by npm's
// prepare/prepack when the package is installed from git or a folder, or packed).
let run;
try {
  ({ run } = await import('../dist/run.js'));
} catch (e) {
  // Installed from git or a folder without its build (--ignore-scripts, or a
  // policy that refused the prepare script): say what to do, instead of
  // ERR_MODULE_NOT_FOUND and a stack trace. Exit 2: the command could not run.
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist')) throw e;
  const { fileURLToPath } = await import('node:url');
  const dir = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `declare-cli 没有构建（缺少 ${dir}dist/）：安装时没有运行它的 prepare 脚本（例如用了 --ignore-scripts）。\n` +
      '请不带 --ignore-scripts 重新安装；链接到本地文件夹时，也可以在该文件夹中运行 npm ci（会同时构建）。\n' +
      `declare-cli is not built (dist/ is missing): its prepare script did not run when it was installed (--ignore-scripts?).\n` +
      'Reinstall without --ignore-scripts; for a linked local folder, npm ci in that folder builds it too.\n',
  );
  process.exit(2);
}
run(process.argv.slice(2));
