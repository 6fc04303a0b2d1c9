import { describe, expect, it } from 'vitest';
import { diagnosticMessage, type Diagnostic } from '../../src/diagnostics/types.js';
import { escapeData, escapeProperty, githubReporter, repoPath, workflowCommand } from '../../src/report/github.js';
import { parseWorkflowCommand } from './workflow-commands.js';

const base: Diagnostic = {
  file: 'dir/a,b:c%d.yaml',
  span: { line: 3, column: 5, endLine: 3, endColumn: 9 },
  severity: 'error',
  rule: 'fund-annual-sum',
  path: ['项目资金', '年度资金申请总额', '合计'],
  // Data with %, CR, LF, ':' and ',' in it, which the message repeats.
  messageId: 'mismatch',
  data: { column: '合计写的是 100%，但是\r\n算出 90: 差 10, 请核对', stated: '100', parts: [{ label: 'see %0A here', amount: '90' }], computed: '90', difference: '10' },
};

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    // An already-escaped-looking sequence must survive as text.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes one line per finding that decodes back to the finding (properties and message)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const line = workflowCommand(base, lang);
      expect(line.split('\n')).toHaveLength(1);
      const c = parseWorkflowCommand(line);
      expect(c.command).toBe('error');
      expect(c.properties).toEqual({ file: 'dir/a,b:c%d.yaml', line: '3', col: '5', endLine: '3', endColumn: '8', title: 'fund-annual-sum' });
      expect(c.message).toBe(diagnosticMessage(base, lang));
    }
  });

  it('uses ::warning for warnings and appends notes as further message lines', () => {
    const d: Diagnostic = {
      ...base,
      severity: 'warning',
      notes: [{ span: { line: 7, column: 2, endLine: 7, endColumn: 3 }, messageId: 'added', data: { label: '当年财政拨款', amount: '90' } }],
    };
    const c = parseWorkflowCommand(workflowCommand(d, 'zh'));
    expect(c.command).toBe('warning');
    expect(c.message).toBe(`${diagnosticMessage(base, 'zh')}\n注: 计入合计：当年财政拨款 90 (dir/a,b:c%d.yaml:7:2)`);
  });

  it('leaves out columns for a range over several lines (GitHub rejects them there)', () => {
    const c = parseWorkflowCommand(workflowCommand({ ...base, span: { line: 3, column: 5, endLine: 6, endColumn: 2 } }, 'zh'));
    expect(c.properties).toEqual({ file: 'dir/a,b:c%d.yaml', line: '3', endLine: '6', title: 'fund-annual-sum' });
  });

  it('never gives an end column before the start column (zero-width spans)', () => {
    const c = parseWorkflowCommand(workflowCommand({ ...base, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, 'zh'));
    expect(c.properties.col).toBe('1');
    expect(c.properties.endColumn).toBe('1');
  });

  it('makes paths relative to the repository root when GITHUB_WORKSPACE says where it is', () => {
    expect(repoPath('/repo/budget/a.yaml', '/repo')).toBe('budget/a.yaml');
    expect(repoPath('/elsewhere/a.yaml', '/repo')).toBe('/elsewhere/a.yaml');
    expect(repoPath('a.yaml')).toBe('a.yaml');
  });

  it('ends with a summary line that is not a workflow command', () => {
    const out = githubReporter([{ file: base.file, diagnostics: [base] }], { files: 1, errors: 1, warnings: 0 }, { lang: 'en', color: false, maxWarnings: 0 });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).not.toMatch(/^::/);
    expect(lines[1]).toBe('declare: checked 1 file: 1 error, 0 warnings.');
  });
});
