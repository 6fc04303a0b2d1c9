import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { CONFIG_RULES } from '../../src/config/rules.js';
import { ruleDocFileUrl, ruleDocUrl, rulesIndexUrl } from '../../src/docs/links.js';
import { DOCUMENTED_RULES, ruleDocFiles } from '../../src/docs/rule-docs.js';
import { ROOT } from '../helpers/examples.js';

const DIR = join(ROOT, 'docs', 'rules');

describe('docs/rules is generated from the rule modules', () => {
  it('is up to date: every file matches what `npm run generate` writes, and there are no leftovers', () => {
    const generated = new Map(ruleDocFiles());
    const committed = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
    expect(committed, 'run `npm run generate`').toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(join(DIR, name), 'utf8'), `docs/rules/${name} is stale: run \`npm run generate\``).toBe(text);
  });

  it('documents every rule, declaration and configuration alike, with both examples and both languages', () => {
    expect(DOCUMENTED_RULES.map((r) => r.meta.id)).toEqual([...RULES, ...CONFIG_RULES].map((r) => r.meta.id));
    const files = new Map(ruleDocFiles());
    const index = files.get('README.md')!;
    for (const { meta: r } of DOCUMENTED_RULES) {
      const doc = files.get(`${r.id}.md`)!;
      expect(doc).toContain(`# ${r.id}`);
      expect(doc).toContain(r.docs.title.zh);
      expect(doc).toContain(r.docs.title.en);
      expect(doc).toContain(r.docs.description.zh);
      expect(doc).toContain('```yaml\n' + r.docs.examples.bad + '\n```');
      expect(doc).toContain('```yaml\n' + r.docs.examples.good + '\n```');
      expect(doc.indexOf('## 说明')).toBeLessThan(doc.indexOf('## English')); // Chinese first
      expect(index).toContain(`[${r.id}](${r.id}.md)`);
    }
  });

  it('links resolve to files shipped in the package', () => {
    for (const { meta: r } of DOCUMENTED_RULES) expect(existsSync(fileURLToPath(ruleDocFileUrl(r.id))), r.id).toBe(true);
    for (const { meta: r } of DOCUMENTED_RULES) expect(ruleDocUrl(r.id).endsWith(`/docs/rules/${r.id}.md`), r.id).toBe(true);
    expect(rulesIndexUrl().endsWith('/docs/rules/README.md')).toBe(true);
    expect(existsSync(join(ROOT, 'docs', 'config.md'))).toBe(true); // linked from every adjustable rule
  });
});

describe('docs/config.md and docs/ci.md', () => {
  const blocks = (file: string, lang: string) => [...readFileSync(join(ROOT, 'docs', file), 'utf8').matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('the complete example in docs/config.md is a valid configuration that sets everything', async () => {
    const { createConfigResolver } = await import('../../src/config/resolve.js');
    const { fixtureDir } = await import('../helpers/cli.js');
    const [example] = blocks('config.md', 'yaml');
    const dir = fixtureDir({ 'declare.config.yaml': example! });
    const configs = createConfigResolver({ cwd: dir });
    expect(configs.problems).toEqual([]);
    const c = configs.global;
    expect(c.lang).toBe('zh');
    expect(c.font).toBe(join(dir, 'fonts', 'SimSun.ttf'));
    expect(c.check.severity).toMatchObject({ 'recommended-level1': 'off' });
    expect(c.check.ruleOptions).toEqual({ 'project-nature': { allow: ['运转类项目'] }, 'nonstandard-level2': { allow: ['支撑服务'] } });
  });

  it('the CI jobs in docs/ci.md use formats declare has', () => {
    const yaml = blocks('ci.md', 'yaml').join('\n');
    expect(yaml).toContain('npx declare validate --format github');
    expect(yaml).toContain('npx declare validate --format gitlab -o gl-code-quality-report.json 申报/');
    expect(yaml).toContain('codequality: gl-code-quality-report.json');
    for (const m of yaml.matchAll(/--format (\w+)/g)) expect(['pretty', 'json', 'github', 'sarif', 'gitlab']).toContain(m[1]);
    // The editor settings moved to docs/editors.md; test/lsp/schema-editor.test.ts runs them against yaml-language-server.
  });
});
