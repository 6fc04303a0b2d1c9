// esbuild, or the clone's devDependencies installed first when they are missing.
//
// npm runs our prepare/prepack in places where devDependencies may not be
// installed: `npm install ../declare-cli` links a fresh clone and runs its
// prepare there (npm installs a linked folder's dependencies, not its
// devDependencies), and `npm pack` works in a clone before `npm ci`. Then we do
// what npm itself does for a git dependency: `npm ci` in the clone (scripts
// off, so this does not recurse), then build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadEsbuild(root) {
  const resolve = () => createRequire(join(root, 'package.json')).resolve('esbuild');
  try {
    return await import(pathToFileURL(resolve()).href);
  } catch (e) {
    if (e?.code !== 'MODULE_NOT_FOUND' && e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  if (/\bdev\b/.test(process.env.npm_config_omit ?? '')) {
    fail(`declare-cli: 构建 dist/ 需要开发依赖（esbuild），但本次安装排除了它们（--omit=dev）。请先在 ${root} 运行 npm ci。`);
  }
  process.stderr.write(`declare-cli: ${root} 中还没有安装开发依赖，先运行 npm ci 以构建 dist/ …\n`);
  // The parent npm's settings (npm_config_global, _save_dev, …) are for the parent's install, not this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // Optional dependencies stay included (even if the user's npmrc omits them): esbuild's binary is one
  // (@esbuild/<platform>). pdf.js's optional canvas arrives without its native part (scripts are off);
  // bundle.mjs never bundles it, so that does not matter.
  const args = ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--include=dev', '--include=optional'];
  const npmCli = process.env.npm_execpath;
  const r = npmCli && /\.c?js$/.test(npmCli)
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, env, stdio: ['ignore', 2, 2] })
    : spawnSync('npm', args, { cwd: root, env, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (r.status !== 0) fail(`declare-cli: 在 ${root} 运行 npm ci 失败（${r.error?.message ?? `退出码 ${r.status}`}），无法构建 dist/。`);
  return await import(pathToFileURL(resolve()).href);
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
