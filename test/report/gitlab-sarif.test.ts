import { describe, expect, it } from 'vitest';
import { diagnosticMessage, type Diagnostic } from '../../src/diagnostics/types.js';
import { gitlabReporter, type CodeQualityIssue } from '../../src/report/gitlab.js';
import { artifactUri, sarifReporter } from '../../src/report/sarif.js';
import type { Log } from 'sarif';

const d = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'budget/网络 宣传.yaml',
  span: { line: 4, column: 3, endLine: 4, endColumn: 7 },
  severity: 'warning',
  rule: 'project-nature',
  path: ['项目性质'],
  messageId: 'unusual',
  data: { value: '经常性专项', guess: '经常性专项业务费' },
  ...over,
});

describe('GitLab Code Quality reporter', () => {
  const report = (ds: Diagnostic[], lang: 'zh' | 'en' = 'zh') =>
    JSON.parse(gitlabReporter([{ file: 'budget/网络 宣传.yaml', diagnostics: ds }], { files: 1, errors: 0, warnings: ds.length }, { lang, color: false })) as CodeQualityIssue[];

  it('maps errors to major and warnings to minor, with the documented fields only', () => {
    const [w, e] = report([d(), d({ severity: 'error', rule: 'project-category', path: ['项目类别'], messageId: 'invalid', data: { value: '特定目标' } })]);
    expect(Object.keys(w!).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
    expect(w).toMatchObject({ check_name: 'project-nature', severity: 'minor', location: { path: 'budget/网络 宣传.yaml', lines: { begin: 4 } } });
    expect(e!.severity).toBe('major');
  });

  it('gives every issue its own fingerprint, stable across runs, line moves and --lang', () => {
    const a = report([d(), d()]);
    expect(a[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(a[0]!.fingerprint).not.toBe(a[1]!.fingerprint);
    const moved = report([d({ span: { line: 9, column: 3, endLine: 9, endColumn: 7 } })], 'en');
    expect(moved[0]!.fingerprint).toBe(a[0]!.fingerprint);
    expect(moved[0]!.description).toBe(diagnosticMessage(d(), 'en'));
    expect(report([d({ data: { value: '另一条' } })])[0]!.fingerprint).not.toBe(a[0]!.fingerprint);
  });

  it('prints an empty array when there is nothing to report', () => {
    expect(gitlabReporter([], { files: 0, errors: 0, warnings: 0 }, { lang: 'zh', color: false })).toBe('[]\n');
  });
});

describe('SARIF reporter', () => {
  it('encodes each path segment of relative URIs and uses file:// outside the root', () => {
    expect(artifactUri('/root/budget/网络 宣传.yaml', '/root')).toEqual({ uri: 'budget/%E7%BD%91%E7%BB%9C%20%E5%AE%A3%E4%BC%A0.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('/other/a.yaml', '/root')).toEqual({ uri: 'file:///other/a.yaml' });
  });

  it('reports the configured level of a result and the default level of its rule', () => {
    const log = JSON.parse(sarifReporter([{ file: 'a.yaml', diagnostics: [d({ severity: 'error' })] }], { files: 1, errors: 1, warnings: 0 }, { lang: 'en', color: false })) as Log;
    const run = log.runs[0]!;
    const r = run.results![0]!;
    expect(r.level).toBe('error');
    const rule = run.tool.driver.rules![r.ruleIndex!]!;
    expect(rule.id).toBe('project-nature');
    expect(rule.defaultConfiguration?.level).toBe('warning');
    expect(rule.shortDescription?.text).toBe('Unusual 项目性质');
  });
});
