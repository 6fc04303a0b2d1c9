import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check-file.js';
import { RULES } from '../../src/check/rules/index.js';
import { diagnosticMessage, relatedMessage, type Diagnostic, type Lang } from '../../src/diagnostics/types.js';
import type { CodeQualityIssue } from '../../src/report/gitlab.js';
import { fixtureDir } from '../helpers/cli.js';
import { runCli, runCliJson } from '../helpers/run.js';
import { declaration, funds, replaceLine, VALID } from '../helpers/fixture.js';
import { ROOT } from '../helpers/examples.js';
import { parseWorkflowCommand } from '../report/workflow-commands.js';

/** Outside CI-looking environments, so paths are relative to the working directory. */
const PLAIN_ENV = { GITHUB_WORKSPACE: undefined, CI_PROJECT_DIR: undefined };

/** A folder whose files produce errors with notes, ASCII ':' ',' '%' in messages and in the file name. */
function troubleDir(): string {
  return fixtureDir({
    'a,b:c%d.yaml': declaration({ funds: funds({ annual: { 合计: '999' } }) }),
    'sub/比率.yaml': replaceLine(VALID, '培训次数', '      - 培训次数: =100%'),
    'ok.yaml': VALID,
  });
}

/** The diagnostics declare finds in a file, computed in-process from the sources. */
function expected(file: string, cwd: string): Diagnostic[] {
  return [...checkFile(file, readFileSync(join(cwd, file))).diagnostics];
}

describe('--format github (GitHub Actions workflow commands)', () => {
  async function roundTrip(dir: string, target: string, lang: Lang) {
    const r = await runCli(['validate', target, '--format', 'github', '--lang', lang], { cwd: dir, env: PLAIN_ENV });
    const json = await runCliJson(['validate', target, '--lang', lang], { cwd: dir, env: PLAIN_ENV });
    expect(r.code).toBe(json.code);
    const all = r.stdout.split('\n');
    expect(all.pop()).toBe(''); // ends with a newline
    const summary = all.pop()!;
    // The notice about GitHub's annotation limit (more than 10 of a kind) is not a finding.
    const notices = all.filter((l) => l.startsWith('::notice'));
    const lines = all.filter((l) => !l.startsWith('::notice'));
    expect(summary).not.toMatch(/^::/);
    expect(summary).toContain(lang === 'zh' ? `${json.json.errors} 个错误，${json.json.warnings} 个警告` : `${json.json.errors} error`);
    expect(lines).toHaveLength(json.json.diagnostics.length);
    const files = [...new Set(json.json.diagnostics.map((d) => d.file))];
    const want = files.flatMap((f) => expected(f, dir));
    expect(want).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      const c = parseWorkflowCommand(line);
      const d = want[i]!;
      const oneLine = d.span.endLine === d.span.line;
      expect(c.command).toBe(d.severity);
      expect(c.properties).toEqual({
        file: d.file,
        line: String(d.span.line),
        ...(oneLine && { col: String(d.span.column) }),
        endLine: String(d.span.endLine),
        ...(oneLine && { endColumn: String(Math.max(d.span.column, d.span.endColumn - 1)) }),
        title: d.rule,
      });
      const notes = (d.notes ?? []).map((n) => `\n${lang === 'zh' ? '注' : 'note'}: ${relatedMessage(d, n, lang)} (${d.file}:${n.span.line}:${n.span.column})`);
      expect(c.message).toBe(diagnosticMessage(d, lang) + notes.join(''));
    });
    expect(notices).toHaveLength(json.json.errors > 10 || json.json.warnings > 10 ? 1 : 0);
    return { lines, notices, summary, code: r.code };
  }

  it('annotates the examples: one warning line per finding, then a plain summary; exit code as validate', async () => {
    const { lines, notices, code } = await roundTrip(ROOT, 'examples/', 'zh');
    expect(code).toBe(0);
    expect(lines).toHaveLength(13);
    expect(lines.every((l) => l.startsWith('::warning file=examples/'))).toBe(true);
    // More than GitHub shows in one step: a notice says so.
    expect(notices).toEqual([expect.stringMatching(/^::notice title=declare::GitHub 每个步骤最多显示 10 个错误标注和 10 个警告标注/)]);
  });

  it('round-trips errors with notes, and %, :, , in messages and file names, in both languages', async () => {
    const dir = troubleDir();
    for (const lang of ['zh', 'en'] as const) {
      const { lines, code } = await roundTrip(dir, '.', lang);
      expect(code).toBe(1);
      // The hard cases really occurred: a file name needing property escapes, a note, a '%' in a message.
      expect(lines.some((l) => l.includes('file=a%2Cb%3Ac%25d.yaml'))).toBe(true);
      expect(lines.some((l) => l.startsWith('::error') && l.includes('%0A'))).toBe(true);
      expect(lines.some((l) => /::.*%25/.test(l.slice(l.indexOf('::', 2))))).toBe(true);
    }
  });

  it('writes paths relative to GITHUB_WORKSPACE when run in a subfolder of the repository', async () => {
    const r = await runCli(['validate', 'examples/网络宣传工作.yaml', '--format', 'github'], { env: { GITHUB_WORKSPACE: resolve(ROOT, '..') } });
    const c = parseWorkflowCommand(r.stdout.split('\n')[0]!);
    expect(c.properties.file).toBe(`${ROOT.split('/').pop()}/examples/网络宣传工作.yaml`);
  });
});

/** Ajv with the official SARIF 2.1.0 schema (draft-04: its `id` becomes `$id` for Ajv 8). */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  expect(schema.id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
  const { id, $schema, ...rest } = schema;
  void $schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // RFC 3986 character set; a URI needs a scheme, a URI reference may be relative.
  const uriChars = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri', (s: string) => uriChars.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('uri-reference', (s: string) => uriChars.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: id as string });
}

describe('--format sarif', () => {
  const validate = sarifValidator();

  async function sarif(args: string[], cwd = ROOT) {
    const r = await runCli(['validate', ...args, '--format', 'sarif'], { cwd, env: PLAIN_ENV });
    return { ...r, log: JSON.parse(r.stdout) as Log };
  }

  it('the schema check is live: it rejects a broken log', async () => {
    const { log } = await sarif(['examples/']);
    const broken = structuredClone(log);
    (broken.runs[0]!.results![0] as { level: string }).level = 'fatal';
    expect(validate(broken)).toBe(false);
    const badUri = structuredClone(log);
    badUri.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'examples/网络 宣传.yaml';
    expect(validate(badUri)).toBe(false);
  });

  it('the examples give a valid SARIF 2.1.0 log that describes every rule', async () => {
    const { log, code } = await sarif(['examples/']);
    expect(code).toBe(0);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('declare');
    expect(driver.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const [i, r] of driver.rules!.entries()) {
      const rule = RULES[i]!.meta;
      expect(r.shortDescription!.text).toBe(rule.docs.title.zh);
      expect(r.fullDescription!.text).toBe(rule.docs.description.zh);
      expect(r.help!.text).toContain(rule.docs.examples.bad.split('\n')[0]);
      expect(r.defaultConfiguration!.level).toBe(rule.severity);
      // helpUri: the rule's document in the repository (package.json `repository`), which docs/rules/ holds.
      expect(r.helpUri).toMatch(/^https:\/\/github\.com\/.+\/docs\/rules\/[a-z0-9-]+\.md$/);
      expect(existsSync(join(ROOT, 'docs', 'rules', r.helpUri!.split('/').pop()!)), r.helpUri).toBe(true);
    }
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(log.runs[0]!.results).toHaveLength(13);
  });

  it('results point at the same places as the JSON report, with relative %SRCROOT% URIs and notes as related locations', async () => {
    const dir = troubleDir();
    const { log, code } = await sarif(['.', '--lang', 'en'], dir);
    expect(code).toBe(1);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const json = (await runCliJson(['validate', '.', '--lang', 'en'], { cwd: dir, env: PLAIN_ENV })).json;
    const run = log.runs[0]!;
    expect(run.tool.driver.rules![0]!.shortDescription!.text).toBe(RULES[0]!.meta.docs.title.en);
    const results = run.results!;
    expect(results).toHaveLength(json.diagnostics.length);
    results.forEach((r, i) => {
      const j = json.diagnostics[i]!;
      expect(r.ruleId).toBe(j.rule);
      expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(j.rule);
      expect(r.level).toBe(j.severity);
      expect(r.message.text).toBe(j.message);
      const loc = r.locations![0]!.physicalLocation!;
      expect(loc.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(decodeURIComponent(loc.artifactLocation!.uri!)).toBe(j.file);
      expect(loc.artifactLocation!.uri).not.toMatch(/[^\x21-\x7e]/); // ASCII only, no spaces
      expect(loc.region).toMatchObject({ startLine: j.line, startColumn: j.column });
      expect(loc.region!.endLine! >= loc.region!.startLine!).toBe(true);
    });
    const sum = results.find((r) => r.ruleId === 'fund-annual-sum')!;
    expect(sum.relatedLocations!.length).toBeGreaterThan(0);
    expect(sum.relatedLocations![0]!.message!.text).toMatch(/^added:/);
  });

  it('is deterministic: two runs give identical bytes', async () => {
    expect((await sarif(['examples/'])).stdout).toBe((await sarif(['examples/'])).stdout);
  });
});

describe('--format gitlab (Code Quality report)', () => {
  async function gitlab(args: string[], cwd = ROOT, env: Record<string, string | undefined> = PLAIN_ENV) {
    const r = await runCli(['validate', ...args, '--format', 'gitlab'], { cwd, env });
    return { ...r, issues: JSON.parse(r.stdout) as CodeQualityIssue[] };
  }

  it('matches GitLab’s format: description, check_name, fingerprint, severity, location.path and lines.begin', async () => {
    const dir = troubleDir();
    const { issues, code } = await gitlab(['.'], dir);
    expect(code).toBe(1);
    const json = (await runCliJson(['validate', '.'], { cwd: dir, env: PLAIN_ENV })).json;
    expect(issues).toHaveLength(json.diagnostics.length);
    issues.forEach((issue, i) => {
      const j = json.diagnostics[i]!;
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(issue).toEqual({
        description: j.message,
        check_name: j.rule,
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: j.severity === 'error' ? 'major' : 'minor',
        location: { path: j.file, lines: { begin: j.line } },
      });
      expect(existsSync(join(dir, issue.location.path))).toBe(true);
    });
    expect(new Set(issues.map((x) => x.fingerprint)).size).toBe(issues.length);
  });

  it('keeps fingerprints stable across runs and languages, and unique for repeated findings', async () => {
    const a = (await gitlab(['examples/'])).issues;
    const b = (await gitlab(['examples/', '--lang', 'en'])).issues;
    expect(b.map((x) => x.fingerprint)).toEqual(a.map((x) => x.fingerprint));
    expect(b[0]!.description).not.toBe(a[0]!.description);
    expect(new Set(a.map((x) => x.fingerprint)).size).toBe(a.length);
  });

  it('writes paths relative to CI_PROJECT_DIR, and [] when everything passes', async () => {
    const r = await gitlab(['examples/网络宣传工作.yaml'], ROOT, { CI_PROJECT_DIR: resolve(ROOT, '..'), GITHUB_WORKSPACE: undefined });
    expect(r.issues[0]!.location.path).toBe(`${ROOT.split('/').pop()}/examples/网络宣传工作.yaml`);
    const ok = await gitlab(['examples/信息化运维项目.yaml']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('[]\n');
  });
});

describe('colour in the pretty report', () => {
  const ANSI = /\x1b\[[0-9;]*m/;
  const run = async (env: Record<string, string | undefined>) => await runCli(['validate', 'examples/网络宣传工作.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', ...env } });

  it('FORCE_COLOR=1 colours it', async () => {
    const r = await run({ FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toContain('examples/网络宣传工作.yaml:33:23 警告 unit-mismatch');
  });

  it('NO_COLOR=1 turns it off, even with FORCE_COLOR', async () => {
    expect((await run({ NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await run({ NO_COLOR: '1', FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
  });

  it('a pipe gets no colour', async () => {
    const r = await run({});
    expect(r.stdout).toContain('unit-mismatch');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('machine formats never carry colour, even when forced', async () => {
    for (const format of ['json', 'github', 'sarif', 'gitlab']) {
      expect((await runCli(['validate', 'examples/', '--format', format], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } })).stdout).not.toMatch(ANSI);
    }
  });
});
