import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers/examples.js';

/**
 * The environment a user's shell would give npm: without the npm_* variables
 * that `npm run test:pack` sets for its own run (npm_config_*, …), which would
 * otherwise leak into the installs under test.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, NO_COLOR: '1', CI: undefined, DECLARE_LANG: undefined, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command as a user would type it; rejects with its output when the
 * exit code is not the expected one. Asynchronous: an install takes minutes,
 * and a blocked test worker stops answering vitest.
 */
export function sh(cmd: string, args: readonly string[], cwd: string, opts: { expect?: number; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: userEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const run = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      const want = opts.expect ?? 0;
      if (code === want) resolve(run);
      else reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${code}, expected ${want}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-4000)}`));
    });
  });
}

/** A fresh clone of this repository's committed HEAD, in a folder whose path has spaces and Chinese characters. */
export async function freshClone(parent: string, name = '声明 工具'): Promise<string> {
  const dir = join(parent, '源 码', name);
  mkdirSync(join(parent, '源 码'), { recursive: true });
  await sh('git', ['clone', '--quiet', '--no-hardlinks', ROOT, dir], parent);
  return dir;
}

/**
 * A unit's repository of declarations, as the issue describes it: CI config
 * and a lockfile at its root (YAML that is not a declaration), declarations in
 * a Chinese-named folder, and declare-cli to be installed as a dev dependency.
 */
export async function consumerRepository(dir: string): Promise<string> {
  mkdirSync(join(dir, '申报', '综合处'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'unit-declarations', private: true, version: '1.0.0' }, null, 2)}\n`);
  writeFileSync(join(dir, '.gitlab-ci.yml'), 'validate:\n  image: node:22\n  script:\n    - npm ci\n    - npx declare validate .\n');
  writeFileSync(join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n\nimporters:\n  .: {}\n");
  writeFileSync(join(dir, 'docker-compose.yml'), 'services: {}\n');
  for (const f of ['网络宣传工作.yaml', '机关服务费.yaml']) copyFileSync(join(EXAMPLES, f), join(dir, '申报', f));
  copyFileSync(join(EXAMPLES, '重大活动保障.yaml'), join(dir, '申报', '综合处', '重大活动保障.yaml'));
  await sh('git', ['init', '--quiet'], dir);
  return dir;
}

/** What a unit does with the installed package: validate the repository root, render and summarise its declarations. */
export async function useInstalledPackage(consumer: string): Promise<void> {
  // The root holds .gitlab-ci.yml, pnpm-lock.yaml and docker-compose.yml: skipped, only the three declarations are checked.
  const v = await sh('npx', ['--no-install', 'declare', 'validate', '.', '--format', 'json'], consumer);
  const report = JSON.parse(v.stdout) as { files: number; errors: number };
  expect(report).toMatchObject({ files: 3, errors: 0 });
  expect((await sh('npx', ['--no-install', 'declare-cli', 'validate', '申报'], consumer)).stdout).toContain('检查了 3 个文件');

  await sh('npx', ['--no-install', 'declare', 'render', '申报', '-o', '输出/申报表'], consumer);
  expect(readdirSync(join(consumer, '输出', '申报表')).sort()).toEqual(['机关服务费.pdf', '机关服务费.xlsx', '网络宣传工作.pdf', '网络宣传工作.xlsx', '重大活动保障.pdf', '重大活动保障.xlsx']);

  const s = await sh('npx', ['--no-install', 'declare', 'summary', '申报', '-o', '输出'], consumer);
  const written = s.stdout.trim().split('\n');
  expect(written).toHaveLength(2);
  for (const f of written) expect(statSync(join(consumer, f)).size).toBeGreaterThan(10_000);
  expect(written[0]).toMatch(/年度项目绩效目标汇总表\.pdf$/);
}

/** Disk space a folder takes, as `du -sk` reports it, in MB (10^6 bytes). */
export async function diskUsageMB(dir: string): Promise<number> {
  const kib = Number((await sh('du', ['-sk', dir], dir)).stdout.split(/\s/)[0]);
  return (kib * 1024) / 1e6;
}
