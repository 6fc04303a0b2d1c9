import { isNotRegular, readLimited } from '../load/read.js';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import type { OptionsSchema } from '../check/rule.js';
import type { SeverityOverride } from '../check/check-file.js';
import type { Rule } from '../check/rule.js';
import { RULES, ruleById } from '../check/rules/index.js';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic, DocPath, Part, Span } from '../diagnostics/types.js';
import { display } from '../load/discover.js';
import { profileSetting } from '../analysis/indicator-system.js';
import { loadDeclaration } from '../load/parse.js';
import type { SourceFile } from '../load/source-file.js';
import { describeConfigValue } from '../messages/helpers.js';
import type { MessageOf } from '../messages/index.js';
import { didYouMean } from '../util/suggest.js';
import type { ResolvedConfig } from './resolve.js';
import { CONFIG_KEYS, configSchema, severitySetting, type RawConfig } from './schema.js';

export interface LoadedConfig {
  readonly config: ResolvedConfig;
  readonly problems: readonly Diagnostic[];
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** `allow:` lists (the original way to set them) and the rule option each one sets. */
const ALLOW_OPTIONS: Readonly<Record<string, string>> = { 项目性质: 'project-nature', 二级指标: 'nonstandard-level2' };

/**
 * Read and validate one configuration file. YAML is loaded by the same loader
 * as declarations (positions, duplicate keys, encodings), so a mistake in the
 * configuration is reported exactly like a mistake in a declaration:
 * file:line:col, rule id, message in the user's language. Rule options are
 * validated against each rule's own `meta.options`. Never throws.
 */
export function loadConfigFile(abs: string, cwd = process.cwd()): LoadedConfig {
  const file = display(abs, cwd);
  const empty: ResolvedConfig = { file, check: {} };
  // Read as safely as a declaration: a regular file only (not a FIFO or /dev/zero), never past the size limit.
  const read = readLimited(abs);
  if (read.ok !== true) {
    const e = read.ok === 'too-large' ? undefined : read.error;
    const code = e?.code;
    const message: MessageOf<'config-invalid'> =
      read.ok === 'too-large'
        ? { messageId: 'too-large', data: { file } }
        : isNotRegular(e)
          ? { messageId: 'not-regular', data: { file, kind: e.kind } }
          : code === 'ENOENT'
            ? { messageId: 'not-found', data: { file } }
            : code === 'EISDIR'
              ? { messageId: 'is-folder', data: { file } }
              : code === 'EACCES' || code === 'EPERM'
                ? { messageId: 'no-permission', data: { file } }
                : { messageId: 'cannot-read', data: { file, code: code ?? String(e) } };
    return { config: empty, problems: [diagnostic({ file, span: START }, 'config-invalid', message)] };
  }
  const bytes = read.bytes;

  const loaded = loadDeclaration(file, bytes);
  if (!loaded.ok) {
    // A file with nothing but comments is a valid configuration that sets nothing.
    if (loaded.diagnostics.every((d) => d.rule === 'file-empty')) return { config: empty, problems: [] };
    return { config: empty, problems: loaded.diagnostics };
  }
  const source = loaded.source;
  const value = loaded.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { config: empty, problems: [at(source, [], 'value', 'config-invalid', { messageId: 'not-a-mapping' })] };
  }

  const problems: Diagnostic[] = [];
  const parsed = configSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(...fromIssue(source, issue));
  const rules = checkRules(source, (value as Record<string, unknown>).rules);
  problems.push(...rules.problems);
  problems.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  if (problems.length > 0 || !parsed.success) return { config: empty, problems };
  return { config: toResolved(file, abs, parsed.data, rules), problems: [] };
}

interface RuleSettings {
  readonly severity: Record<string, SeverityOverride>;
  /** Each rule's options as its schema parsed them. */
  readonly options: Record<string, Record<string, unknown>>;
  /** Each rule's options as written, for merging in the `allow:` lists. */
  readonly written: Record<string, Record<string, unknown>>;
  readonly problems: Diagnostic[];
}

function toResolved(file: string, abs: string, raw: RawConfig, rules: RuleSettings): ResolvedConfig {
  const ruleOptions: Record<string, unknown> = { ...rules.options };
  for (const [list, id] of Object.entries(ALLOW_OPTIONS)) {
    const extra = raw.allow?.[list as keyof NonNullable<RawConfig['allow']>] ?? [];
    if (extra.length === 0) continue;
    const own = rules.written[id] ?? {};
    ruleOptions[id] = ruleById(id)!.meta.options!.parse({ ...own, allow: [...((own.allow as string[] | undefined) ?? []), ...extra] });
  }
  return {
    file,
    check: {
      ...(Object.keys(rules.severity).length > 0 && { severity: rules.severity }),
      ...(Object.keys(ruleOptions).length > 0 && { ruleOptions }),
      ...(raw.profile !== undefined && { profile: profileSetting(raw.profile) }),
      ...(raw.金额单位 !== undefined && { amountUnit: raw.金额单位 }),
    },
    ...(raw.font !== undefined && { font: resolve(dirname(abs), raw.font) }),
    ...(raw.lang !== undefined && { lang: raw.lang }),
    ...(raw.overview !== undefined && { overview: raw.overview }),
    ...(raw['page-numbers'] !== undefined && { pageNumbers: raw['page-numbers'] }),
    ...(raw.fmt?.amounts !== undefined && { fmt: { amounts: raw.fmt.amounts } }),
    ...(raw.ignore && raw.ignore.length > 0 && { ignore: { base: dirname(abs), patterns: raw.ignore } }),
    ...(raw.init && Object.keys(raw.init).length > 0 && { init: raw.init }),
  };
}

const RULE_IDS = RULES.map((r) => r.meta.id);

/**
 * `rules:` entry by entry: the id must exist; the value is a level, or a
 * mapping of `level` and the rule's options (validated by the rule's own
 * schema); the rules that make a file readable at all must stay errors.
 */
function checkRules(source: SourceFile, rules: unknown): RuleSettings {
  const out: RuleSettings = { severity: {}, options: {}, written: {}, problems: [] };
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return out;
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    const rule = ruleById(id);
    if (!rule) {
      const guess = didYouMean(id, RULE_IDS);
      out.problems.push(
        at(source, ['rules', id], 'key', 'config-unknown-rule', { messageId: 'unknown', data: { id, ...(guess && { guess }) } }, guess ? [{ messageId: 'suggest-rule', data: { id: guess }, edits: [{ span: source.locate(['rules', id], 'key'), text: guess }] }] : []),
      );
      continue;
    }
    const isMapping = setting !== null && typeof setting === 'object' && !Array.isArray(setting);
    const levelPath: DocPath = isMapping ? ['rules', id, 'level'] : ['rules', id];
    const level = isMapping ? (setting as Record<string, unknown>).level : setting;
    if (level !== undefined || !isMapping) {
      const parsed = severitySetting.safeParse(level);
      if (!parsed.success) out.problems.push(at(source, levelPath, 'value', 'config-invalid', { messageId: 'rule-level', data: { rule: id, got: describeConfigValue(level) } }));
      else if (rule.meta.locked && parsed.data !== 'error') out.problems.push(at(source, levelPath, 'value', 'config-invalid', { messageId: 'locked', data: { rule: id, level: parsed.data, guards: rule.meta.phase === 'render' ? 'printing' : 'reading' } }));
      else out.severity[id] = parsed.data;
    }
    if (isMapping) checkRuleOptions(source, rule, setting as Record<string, unknown>, out);
  }
  return out;
}

function checkRuleOptions(source: SourceFile, rule: Rule, setting: Record<string, unknown>, out: RuleSettings): void {
  const id = rule.meta.id;
  const { level: _level, ...written } = setting;
  const schema = rule.meta.options;
  const allowed = ['level', ...optionKeys(schema)];
  for (const key of Object.keys(written)) {
    if (allowed.includes(key)) continue;
    const guess = didYouMean(key, allowed);
    out.problems.push(at(source, ['rules', id, key], 'key', 'config-unknown-key', { messageId: 'unknown', data: { key, ...(guess && { guess }), parent: ['rules', id], allowed } }));
  }
  if (!schema || Object.keys(written).some((k) => !allowed.includes(k))) return;
  const parsed = schema.safeParse(written);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = ['rules', id, ...(issue.path as (string | number)[])];
      const option = String(issue.path[0] ?? '');
      const input = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey], written);
      out.problems.push(at(source, path, 'value', 'config-invalid', { messageId: 'rule-option', data: { rule: id, option, got: describeConfigValue(input) } }));
    }
    return;
  }
  out.options[id] = parsed.data as Record<string, unknown>;
  out.written[id] = written;
}

/** The option names of a rule's (object) options schema. */
function optionKeys(schema: OptionsSchema | undefined): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function fromIssue(source: SourceFile, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    const allowed = CONFIG_KEYS[path.join('.')] ?? [];
    return issue.keys.map((key) => {
      const guess = didYouMean(key, allowed);
      return at(
        source,
        [...path, key],
        'key',
        'config-unknown-key',
        { messageId: 'unknown', data: { key, ...(guess && { guess }), parent: path, allowed } },
        guess ? [{ messageId: 'suggest-key', data: { key: guess }, edits: [{ span: source.locate([...path, key], 'key'), text: guess }] }] : [],
      );
    });
  }
  return [at(source, path, 'value', 'config-invalid', valueMessage(path, issue))];
}

function valueMessage(path: DocPath, issue: z.core.$ZodIssue): MessageOf<'config-invalid'> {
  const got = describeConfigValue('input' in issue ? issue.input : undefined);
  const [head, key] = path;
  if (head === 'lang') return { messageId: 'lang', data: { got } };
  if (head === 'font') return { messageId: 'font', data: { got } };
  if (head === 'overview') return { messageId: 'overview', data: { got } };
  if (head === 'page-numbers') return { messageId: 'page-numbers', data: { got } };
  if (head === 'rules' && path.length === 1) return { messageId: 'rules', data: { got } };
  if (head === 'allow' && path.length === 1) return { messageId: 'allow-section', data: { got } };
  if (head === 'allow' && path.length === 2) return { messageId: 'allow-list', data: { key: String(key), got } };
  if (head === 'allow') return { messageId: 'allow-item', data: { key: String(key), got } };
  if (head === 'ignore') return { messageId: 'ignore', data: { got } };
  if (head === 'init' && path.length === 1) return { messageId: 'init-section', data: { got } };
  if (head === 'init' && key === '年度') return { messageId: 'init-year', data: { got } };
  if (head === 'init') return { messageId: 'init-text', data: { key: String(key), got } };
  if (head === 'profile' && key === 'labels' && path.length > 2) return { messageId: 'profile-label', data: { label: String(path[2]), got } };
  if (head === 'profile') return { messageId: 'profile', data: { got } };
  if (head === '金额单位') return { messageId: 'amount-unit', data: { got } };
  if (head === 'fmt' && path.length === 1) return { messageId: 'fmt-section', data: { got } };
  if (head === 'fmt') return { messageId: 'fmt-amounts', data: { got } };
  return { messageId: 'value', data: { path, got } };
}

function at<S extends 'config-invalid' | 'config-unknown-key' | 'config-unknown-rule'>(
  source: SourceFile,
  path: DocPath,
  part: Part,
  rule: S,
  message: MessageOf<S>,
  suggestions: NonNullable<Parameters<typeof diagnostic>[3]>['suggestions'] = [],
): Diagnostic {
  return diagnostic({ file: source.file, span: source.locate(path, part), path }, rule, message, { suggestions: suggestions ?? [] });
}
