import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfigResolver } from '../../src/config/resolve.js';
import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { compareCodePoints, discover } from '../../src/load/discover.js';
import { configIgnoreOf } from '../../src/load/exclusions.js';
import { fixtureDir } from '../helpers/cli.js';

const D = '年度: 2025\n';

/** A unit's repository: declarations next to the files every repository has. */
function repository(extra: Record<string, string> = {}): string {
  const dir = fixtureDir({
    '.gitlab-ci.yml': 'validate:\n  script: [npx declare validate .]\n',
    '.pre-commit-config.yaml': 'repos: []\n',
    '.github/workflows/ci.yml': 'on: push\n',
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    'docker-compose.yml': 'services: {}\n',
    'docker-compose.override.yml': 'services: {}\n',
    'mkdocs.yml': 'site_name: x\n',
    'declare.config.yaml': 'lang: zh\n',
    'node_modules/declare-cli/action.yml': 'name: x\n',
    'node_modules/some-package/申报.yaml': D,
    '申报/网络宣传工作.yaml': D,
    '申报/机关服务费.yml': D,
    '申报/处室/重大活动保障.yaml': D,
    '申报/说明.txt': 'x',
    ...extra,
  });
  mkdirSync(join(dir, '.git'));
  return dir;
}

const files = (dir: string, inputs: string[], configs = false) =>
  discover(inputs, { cwd: dir, ...(configs && { configIgnore: configIgnoreOf(createConfigResolver({ cwd: dir })) }) });

describe('discover: folders', () => {
  it('a repository root gives its declarations only: no CI configs, lockfiles, tool YAML, dot-folders or node_modules', () => {
    const r = files(repository(), ['.']);
    expect(r.problems).toEqual([]);
    expect(r.files).toEqual(['申报/处室/重大活动保障.yaml', '申报/机关服务费.yml', '申报/网络宣传工作.yaml']);
  });

  it('a file named explicitly is always checked, whatever its name', () => {
    const r = files(repository(), ['.gitlab-ci.yml', 'pnpm-lock.yaml', 'node_modules/some-package/申报.yaml']);
    expect(r.files).toEqual(['.gitlab-ci.yml', 'pnpm-lock.yaml', 'node_modules/some-package/申报.yaml']);
  });

  it('a folder named explicitly is walked even when it is a dot-folder', () => {
    expect(files(repository({ '.申报/a.yaml': D }), ['.申报']).files).toEqual(['.申报/a.yaml']);
  });

  it('a folder whose YAML is all skipped says so, with the count', () => {
    const r = files(repository(), ['.github/workflows']);
    // The folder was named, so its ci.yml is not a dot-file here; but a .declareignore can still skip it.
    expect(r.files).toEqual(['.github/workflows/ci.yml']);
    const only = files(fixtureDir({ 'ci/mkdocs.yml': 'x: 1\n', 'ci/pnpm-lock.yaml': 'x: 1\n' }), ['ci']);
    expect(only.files).toEqual([]);
    expect(only.problems[0]!.message.zh).toContain('其中的 2 个 YAML 文件不是申报文件或已被忽略');
  });
});

describe('discover: globs', () => {
  it('expands a quoted glob itself, in the order a walk of the folder gives', () => {
    const dir = repository({ '申报/处室/a.txt': 'x' });
    const glob = files(dir, ['申报/**/*.yaml']);
    expect(glob.problems).toEqual([]);
    expect(glob.files).toEqual(['申报/处室/重大活动保障.yaml', '申报/网络宣传工作.yaml']);
    const both = files(dir, ['申报/**/*.{yaml,yml}']);
    expect(both.files).toEqual(files(dir, ['申报']).files);
  });

  it('skips in globs what walks skip: dot-folders, node_modules, tool YAML', () => {
    const r = files(repository(), ['**/*.yml']);
    expect(r.files).toEqual(['申报/机关服务费.yml']);
  });

  it('a glob that matches nothing, or only skipped files, is a problem (exit 2), not a silent pass', () => {
    const dir = repository();
    expect(files(dir, ['草稿/*.yaml']).problems[0]!.message.zh).toBe('没有文件与“草稿/*.yaml”匹配。');
    expect(files(dir, ['*compose*.yml']).problems[0]!.message.zh).toContain('匹配的 2 个文件都不是申报文件或已被忽略');
  });

  it('a path that exists is taken literally, even with glob characters in its name', () => {
    const dir = fixtureDir({ '项目[1].yaml': D, '项目1.yaml': D });
    expect(files(dir, ['项目[1].yaml']).files).toEqual(['项目[1].yaml']);
  });

  it('each file once, across arguments and symlinks; a symlink loop ends', () => {
    const dir = fixtureDir({ 'a/x.yaml': D });
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'self'));
    expect(files(dir, ['a/**/*.yaml', 'a', 'a/x.yaml']).files).toEqual(['a/x.yaml']);
  });
});

describe('discover: .declareignore and ignore: in declare.config.yaml', () => {
  it('.declareignore uses gitignore syntax, relative to its own folder, nested files included', () => {
    const dir = repository({
      '.declareignore': '# 草稿不检查\n草稿/\n*.bak.yaml\n!保留.bak.yaml\n',
      '草稿/a.yaml': D,
      '申报/旧.bak.yaml': D,
      '申报/保留.bak.yaml': D,
      '申报/处室/.declareignore': '/重大活动保障.yaml\n',
    });
    expect(files(dir, ['.']).files).toEqual(['申报/机关服务费.yml', '申报/网络宣传工作.yaml', '申报/保留.bak.yaml'].sort(compareCodePoints));
    // Globs obey it too, including folders on the way; a file named explicitly does not.
    expect(files(dir, ['**/a.yaml']).files).toEqual([]);
    expect(files(dir, ['草稿/a.yaml']).files).toEqual(['草稿/a.yaml']);
  });

  it('a .declareignore above the repository root does not apply inside it', () => {
    const outer = fixtureDir({ '.declareignore': '*.yaml\n' });
    mkdirSync(join(outer, 'repo', '.git'), { recursive: true });
    const inner = join(outer, 'repo');
    mkdirSync(join(inner, '申报'));
    writeFileSync(join(inner, '申报', 'a.yaml'), D);
    expect(files(inner, ['.']).files).toEqual(['申报/a.yaml']);
  });

  it('`ignore:` in declare.config.yaml excludes relative to the configuration file', () => {
    const dir = repository({ '申报/declare.config.yaml': 'ignore:\n  - 处室/\n  - 机关服务费.yml\n' });
    expect(files(dir, ['.'], true).files).toEqual(['申报/网络宣传工作.yaml']);
  });

  it('a malformed ignore list is a configuration error with a plain message', () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'ignore: 草稿\n', 'a.yaml': D });
    const configs = createConfigResolver({ cwd: dir });
    expect(configs.problems[0]).toMatchObject({ rule: 'config-invalid', messageId: 'ignore', span: { line: 1, column: 9 } });
    expect(diagnosticMessage(configs.problems[0]!, 'zh')).toContain('ignore 应为列表');
  });
});

describe('compareCodePoints', () => {
  it('orders by code point, not by UTF-16 code unit', () => {
    // U+20000 (𠀀, a surrogate pair) is after U+FF10 (０) in code points, though its first code unit is smaller.
    expect(['𠀀', '０', 'a', '中'].sort(compareCodePoints)).toEqual(['a', '中', '０', '𠀀']);
  });
});
