import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { homeUrl, repositoryUrl, ruleDocFileUrl, ruleDocUrl, webUrl } from '../../src/docs/links.js';
import { githubJobSummary, githubReporter } from '../../src/report/github.js';
import { sarifReporter } from '../../src/report/sarif.js';
import type { CheckedFile } from '../../src/report/types.js';
import { ROOT } from '../helpers/examples.js';
import { parseWorkflowCommand } from './workflow-commands.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };

const finding = (i: number, severity: 'error' | 'warning'): Diagnostic => ({
  file: `申报/项目${i}.yaml`,
  span: { line: i + 1, column: 3, endLine: i + 1, endColumn: 7 },
  severity,
  rule: 'project-nature',
  path: ['项目性质'],
  messageId: 'unusual',
  data: { value: `性质|${i}<b>`, guess: '经常性专项业务费' },
});

function run(errors: number, warnings: number): { files: CheckedFile[]; counts: { files: number; errors: number; warnings: number } } {
  const ds = [...Array.from({ length: errors }, (_, i) => finding(i, 'error')), ...Array.from({ length: warnings }, (_, i) => finding(100 + i, 'warning'))];
  return { files: ds.map((d) => ({ file: d.file, diagnostics: [d] })), counts: { files: ds.length, errors, warnings } };
}

describe('one documentation base: package.json `repository`', () => {
  it('reads the repository from package.json and nowhere else', () => {
    expect(repositoryUrl()).toBe(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    expect(homeUrl()).toBe(repositoryUrl());
    const src = readFileSync(join(ROOT, 'src', 'docs', 'links.ts'), 'utf8');
    expect(src).not.toContain('declare-cli/declare-cli');
  });

  it('links each rule to its document at the tag of this version, which exists in docs/rules/', () => {
    for (const r of RULES) {
      const url = ruleDocUrl(r.meta.id);
      expect(url).toBe(`${repositoryUrl()}/blob/v${pkg.version}/docs/rules/${r.meta.id}.md`);
      expect(existsSync(join(ROOT, 'docs', 'rules', `${r.meta.id}.md`)), url).toBe(true);
      expect(existsSync(fileURLToPath(ruleDocFileUrl(r.meta.id)))).toBe(true);
    }
  });

  it('understands the usual ways of writing `repository`', () => {
    expect(webUrl('git+https://github.com/o/n.git')).toBe('https://github.com/o/n');
    expect(webUrl({ type: 'git', url: 'https://gitlab.com/group/n' })).toBe('https://gitlab.com/group/n');
    expect(webUrl('github:o/n')).toBe('https://github.com/o/n');
    expect(webUrl('o/n')).toBe('https://github.com/o/n');
    expect(webUrl('git://github.com/o/n.git')).toBe('https://github.com/o/n');
    expect(webUrl('file:../n')).toBeUndefined();
    expect(webUrl(undefined)).toBeUndefined();
  });
});

describe('SARIF for code scanning', () => {
  const log = () => JSON.parse(sarifReporter(run(1, 1).files, run(1, 1).counts, { lang: 'zh', color: false })) as Log;

  it('gives https helpUris, the repository as informationUri, a finished invocation and %SRCROOT%', () => {
    const r = log().runs[0]!;
    for (const rule of r.tool.driver.rules!) expect(rule.helpUri).toMatch(/^https:\/\/github\.com\/.+\/docs\/rules\/[a-z0-9-]+\.md$/);
    expect(r.tool.driver.informationUri).toBe(repositoryUrl());
    expect(r.invocations).toEqual([{ executionSuccessful: true }]);
    const root = r.originalUriBaseIds!['%SRCROOT%']!.uri!;
    expect(root).toBe(pathToFileURL(process.env.GITHUB_WORKSPACE || process.cwd()).href.replace(/\/?$/, '/'));
    expect(r.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
  });
});

describe('--format github: the annotation limit and the job summary', () => {
  const commands = (errors: number, warnings: number, lang: 'zh' | 'en' = 'zh') => {
    const { files, counts } = run(errors, warnings);
    return githubReporter(files, counts, { lang, color: false })
      .trimEnd()
      .split('\n')
      .filter((l) => l.startsWith('::'))
      .map(parseWorkflowCommand);
  };

  it('says nothing about the limit while GitHub can show every finding', () => {
    expect(commands(10, 10).filter((c) => c.command === 'notice')).toEqual([]);
  });

  it('says how many findings GitHub will not annotate (10 errors and 10 warnings per step)', () => {
    const [notice] = commands(12, 15).filter((c) => c.command === 'notice');
    expect(notice!.message).toContain('有 7 个没有标注在代码上');
    const [en] = commands(11, 3, 'en').filter((c) => c.command === 'notice');
    expect(en!.message).toContain('1 of these 11 errors and 3 warnings are not annotated');
  });

  it('lists every finding in a Markdown table for the job summary, escaped', () => {
    const { files, counts } = run(2, 1);
    const md = githubJobSummary(files, counts, { lang: 'zh', color: false });
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| `申报\/项目0\.yaml:1:3` \| 错误 \| `project-nature` \| .*性质\\\|0&lt;b&gt;/);
    expect(md).toContain('检查了 3 个文件：2 个错误，1 个警告。');
  });

  it('caps the table and counts the rest', () => {
    const { files, counts } = run(0, 250);
    const md = githubJobSummary(files, counts, { lang: 'en', color: false });
    expect(md.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(200);
    expect(md).toContain("50 more findings are in this step's log.");
  });
});
