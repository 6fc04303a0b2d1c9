import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers/examples.js';
import { BIN, fixtureDir } from '../helpers/cli.js';
import { action, gitlabTemplate, preCommitHooks, runAction, runGitlabJob } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const example = (name: string) => readFileSync(join(EXAMPLES, `${name}.yaml`), 'utf8');

/** A unit's repository after `npm ci`: declare-cli in node_modules/.bin (here: this checkout's build). */
function unitRepository(extra: Record<string, string> = {}): string {
  const dir = fixtureDir({
    'package.json': '{ "name": "unit", "private": true, "devDependencies": { "declare-cli": "^0.1.0" } }\n',
    '.gitlab-ci.yml': 'include: []\n',
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    '申报/网络宣传工作.yaml': example('网络宣传工作'),
    '申报/综合处/机关服务费.yaml': example('机关服务费'),
    ...extra,
  });
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  for (const name of Object.keys(pkg.bin)) symlinkSync(BIN, join(dir, 'node_modules', '.bin', name));
  return dir;
}

const BROKEN = '申报/坏.yaml';
const broken = () => example('机关服务费').replace('项目名称: 机关服务费', '项目名称: 坏').replace(/年度: 2025/, '年度: 二〇二五');

describe('GitHub Action (action.yml)', () => {
  it('is a composite action whose expressions name only its own inputs', () => {
    const a = action();
    expect(a.runs.using).toBe('composite');
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const m of text.matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)) expect(Object.keys(a.inputs)).toContain(m[1]);
    expect(a.runs.steps.find((s) => s.uses)?.uses).toMatch(/^actions\/setup-node@v\d+$/);
  });

  it('annotates each finding with --format github, using the repository’s own declare-cli, skipping CI configs', () => {
    const r = runAction(unitRepository());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=申报\/网络宣传工作\.yaml,line=\d+,/m);
    expect(r.stdout).toMatch(/^::warning file=申报\/综合处\/机关服务费\.yaml,line=\d+,/m);
    expect(r.stdout).not.toContain('.gitlab-ci.yml');
    expect(r.stdout).not.toContain('pnpm-lock.yaml');
  });

  it('fails the step on errors; paths, quoted paths with spaces, globs and args pass through unchanged', () => {
    const dir = unitRepository({ [BROKEN]: broken(), '其他 文件/机关服务费.yaml': example('机关服务费') });
    const failing = runAction(dir, { paths: '申报/坏.yaml' });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^::error file=申报\/坏\.yaml,line=\d+/m);
    const quoted = runAction(dir, { paths: `申报/网络宣传工作.yaml\n"其他 文件/机关服务费.yaml"`, args: '--max-warnings 0' });
    expect(quoted.code).toBe(1); // warnings over the limit
    expect(quoted.stdout).toContain('file=其他 文件/机关服务费.yaml');
    const glob = runAction(dir, { paths: "'申报/**/机关*.yaml'" });
    expect(glob.code, glob.stderr).toBe(0);
    expect(glob.stdout).toContain('file=申报/综合处/机关服务费.yaml');
    expect(glob.stdout).not.toContain('网络宣传工作');
  });

  it('runs in working-directory, with paths relative to it', () => {
    const dir = fixtureDir({ 'sub/申报/a.yaml': example('网络宣传工作') });
    symlinkSync(join(unitRepository(), 'node_modules'), join(dir, 'sub', 'node_modules'));
    const r = runAction(dir, { 'working-directory': 'sub', paths: '申报' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('申报/a.yaml');
  });
});

describe('GitLab CI template (integrations/gitlab/declare.gitlab-ci.yml)', () => {
  it('publishes a Code Quality report even when the job fails', () => {
    const job = gitlabTemplate()['declare-validate'];
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    expect(job.image).toBe('$DECLARE_NODE_IMAGE');
    expect(gitlabTemplate().variables.DECLARE_NODE_IMAGE).toMatch(/^node:(22|24)/);
  });

  it('passes a clean repository: the report lists the warnings, the log shows them readably', () => {
    const dir = unitRepository();
    const r = runGitlabJob(dir);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8')) as { check_name: string; severity: string; location: { path: string } }[];
    expect(report.length).toBeGreaterThan(0);
    expect(report.every((i) => i.severity === 'minor' && i.location.path.startsWith('申报/'))).toBe(true);
    expect(r.stdout).toContain('检查了 2 个文件');
  });

  it('fails the job on errors, with the report written; DECLARE_PATHS takes globs unexpanded', () => {
    const dir = unitRepository({ [BROKEN]: broken() });
    const r = runGitlabJob(dir, { DECLARE_PATHS: '申报/**/*.yaml' });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8')) as { severity: string; location: { path: string } }[];
    expect(report.some((i) => i.severity === 'major' && i.location.path === BROKEN)).toBe(true);
    expect(r.stdout).toContain('检查了 3 个文件');
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  it('runs the repository’s declare-cli on the whole repository when a YAML file changes', () => {
    const [hook] = preCommitHooks();
    expect(hook!.id).toBe('declare-validate');
    expect(hook!.language).toBe('system');
    expect(hook!.pass_filenames).toBe(false);
    const [, , bin] = hook!.entry.split(' ');
    expect(Object.keys(pkg.bin)).toContain(bin);
    const files = new RegExp(hook!.files);
    expect(['申报/a.yaml', 'b.yml'].every((f) => files.test(f))).toBe(true);
    expect(files.test('README.md')).toBe(false);
  });
});
