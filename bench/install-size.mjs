// The consumer install size: what `npm install -D declare-cli` puts on a
// unit's disk. Packs this checkout (prepack builds dist/ and copies the two
// fonts), installs the tarball into an empty project and measures
// node_modules as `du` does. Needs nothing from the registry: the package has
// no runtime dependencies (if one is added, npm fetches it, as users would).
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1e6;

export function measureInstall(root, work) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // The npm_* variables of `npm run bench` would leak into these installs.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const npm = (args, cwd) => {
    const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  };
  const [{ filename, size }] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
  npm(['install', '--save-dev', '--no-audit', '--no-fund', join(work, filename)], consumer);
  const modules = join(consumer, 'node_modules');
  const packages = readdirSync(modules).filter((n) => !n.startsWith('.'));
  return { installMB: diskUsage(modules) / MB, tarballMB: size / MB, packages };
}

/** Bytes of disk a folder takes (allocated blocks, as `du` counts them), symlinks not followed. */
function diskUsage(path) {
  const st = lstatSync(path);
  let total = st.blocks * 512;
  if (st.isDirectory()) for (const name of readdirSync(path)) total += diskUsage(join(path, name));
  return total;
}
