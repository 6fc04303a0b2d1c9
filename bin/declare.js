#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build` (and by npm's
// prepare/prepack when the package is installed from git or packed).
let run;
try {
  ({ run } = await import('../dist/run.js'));
} catch (e) {
  // An install from git whose build did not run: npm 11 skips a git
  // dependency's `prepare` unless the project allows it. Say so, instead of
  // ERR_MODULE_NOT_FOUND and a stack trace (exit 2: the command could not run).
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist')) throw e;
  process.stderr.write(
    'declare-cli 没有构建（缺少 dist/）。从 Git 安装时 npm 要运行它的 prepare 脚本，而 npm 11 默认不运行依赖的安装脚本：\n' +
      '请在项目的 package.json 中加入 "allowScripts": { "declare-cli": true }，再运行 npm install（见 declare-cli 的 docs/ci.md）。\n' +
      'declare-cli is not built (dist/ is missing). Installed from git, npm must run its prepare script, which npm 11 skips unless\n' +
      'allowed: add "allowScripts": { "declare-cli": true } to your package.json and run npm install again.\n',
  );
  process.exit(2);
}
run(process.argv.slice(2));
