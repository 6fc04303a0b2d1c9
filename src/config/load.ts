import { isNotRegular, readLimited } from '../load/read.js';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { RULES } from '../check/rules/index.js';
import { text, type Diagnostic, type DocPath, type Span, type Text } from '../diagnostics/types.js';
import { display } from '../load/discover.js';
import { loadDeclaration } from '../load/parse.js';
import type { SourceFile } from '../load/source-file.js';
import { didYouMean } from '../util/suggest.js';
import type { ResolvedConfig } from './resolve.js';
import { LOCKED_RULES } from './rules.js';
import { CONFIG_KEYS, configSchema, type RawConfig } from './schema.js';

export interface LoadedConfig {
  readonly config: ResolvedConfig;
  readonly problems: readonly Diagnostic[];
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Read and validate one configuration file. YAML is loaded by the same loader
 * as declarations (positions, duplicate keys, encodings), so a mistake in the
 * configuration is reported exactly like a mistake in a declaration:
 * file:line:col, rule id, message in both languages. Never throws.
 */
export function loadConfigFile(abs: string, cwd = process.cwd()): LoadedConfig {
  const file = display(abs, cwd);
  const empty: ResolvedConfig = { file, check: {} };
  // A configuration file is read as safely as a declaration: a regular file, at most the same size.
  const read = readLimited(abs);
  let bytes: Buffer;
  if (read.ok === true) bytes = read.bytes;
  else {
    const e = read.ok === 'too-large' ? { code: 'EFBIG' } : read.error;
    const code = e.code;
    const message = isNotRegular(e)
      ? text(`配置文件“${file}”不是普通文件（是${e.kind.zh}）。`, `The configuration file "${file}" is not a regular file (it is ${e.kind.en}).`)
      : code === 'EFBIG'
        ? text(`配置文件“${file}”过大（超过 5 MB），请检查路径。`, `The configuration file "${file}" is too large (over 5 MB); check the path.`)
        : code === 'ENOENT'
        ? text(`找不到配置文件“${file}”。请检查 --config 后的路径。`, `The configuration file "${file}" does not exist. Check the path after --config.`)
        : code === 'EISDIR'
          ? text(`“${file}”是文件夹，不是配置文件。`, `"${file}" is a folder, not a configuration file.`)
          : text(`无法读取配置文件“${file}”（${code ?? String(e)}）。`, `Cannot read the configuration file "${file}" (${code ?? String(e)}).`);
    return { config: empty, problems: [{ file, span: START, severity: 'error', rule: 'config-invalid', path: [], message }] };
  }

  const loaded = loadDeclaration(file, bytes);
  if (!loaded.ok) {
    // A file with nothing but comments is a valid configuration that sets nothing.
    if (loaded.diagnostics.every((d) => d.rule === 'file-empty')) return { config: empty, problems: [] };
    return { config: empty, problems: loaded.diagnostics };
  }
  const source = loaded.source;
  const value = loaded.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      config: empty,
      problems: [
        problem(source, [], 'value', 'config-invalid', text('配置文件应为“键: 值”的映射（如 lang: zh），请参照 docs/config.md 中的示例。', 'A configuration file is a mapping of "key: value" lines (e.g. lang: zh); see docs/config.md.')),
      ],
    };
  }

  const problems: Diagnostic[] = [];
  const parsed = configSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(...fromIssue(source, issue));
  problems.push(...checkRuleIds(source, (value as Record<string, unknown>).rules));
  problems.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  if (problems.length > 0 || !parsed.success) return { config: empty, problems };
  return { config: toResolved(file, abs, parsed.data), problems: [] };
}

function toResolved(file: string, abs: string, raw: RawConfig): ResolvedConfig {
  const severity = raw.rules ?? {};
  const extraNatures = raw.allow?.项目性质 ?? [];
  const extraLevel2 = raw.allow?.二级指标 ?? [];
  return {
    file,
    check: {
      ...(Object.keys(severity).length > 0 && { severity }),
      ...((extraNatures.length > 0 || extraLevel2.length > 0) && { rules: { extraNatures, extraLevel2 } }),
    },
    ...(raw.font !== undefined && { font: resolve(dirname(abs), raw.font) }),
    ...(raw.lang !== undefined && { lang: raw.lang }),
    ...(raw.fmt?.amounts !== undefined && { fmt: { amounts: raw.fmt.amounts } }),
  };
}

const RULE_IDS = RULES.map((r) => r.id);

/** Rule ids must exist, and the rules that make a file readable at all must stay errors. */
function checkRuleIds(source: SourceFile, rules: unknown): Diagnostic[] {
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return [];
  const out: Diagnostic[] = [];
  for (const [id, level] of Object.entries(rules as Record<string, unknown>)) {
    if (!RULE_IDS.includes(id)) {
      const guess = didYouMean(id, RULE_IDS);
      out.push(
        problem(
          source,
          ['rules', id],
          'key',
          'config-unknown-rule',
          text(
            `没有编号为“${id}”的规则。${guess ? `您是不是想写“${guess}”？` : ''}用 npx declare rules 查看全部规则编号。`,
            `There is no rule "${id}".${guess ? ` Did you mean "${guess}"?` : ''} Run \`npx declare rules\` for the list.`,
          ),
        ),
      );
    } else if (LOCKED_RULES.has(id) && (level === 'off' || level === 'warning')) {
      const why = LOCKED_RULES.get(id)!;
      out.push(
        problem(
          source,
          ['rules', id],
          'value',
          'config-invalid',
          text(`规则 ${id} 不能设为 ${level}：${why.zh}。请删除这一行。`, `The rule ${id} cannot be set to ${level}: ${why.en}. Remove this line.`),
        ),
      );
    }
  }
  return out;
}

function fromIssue(source: SourceFile, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    const allowed = CONFIG_KEYS[path.join('.')] ?? [];
    return issue.keys.map((key) => {
      const guess = didYouMean(key, allowed);
      const where = path.length === 0 ? '' : `${path.join(' › ')} 下`;
      const whereEn = path.length === 0 ? '' : ` under ${path.join(' › ')}`;
      return problem(
        source,
        [...path, key],
        'key',
        'config-unknown-key',
        text(
          `未知的设置“${key}”。${guess ? `您是不是想写“${guess}”？` : `${where}可以写：${allowed.join('、')}。`}拼错的设置不会生效，因此报错。`,
          `Unknown setting "${key}".${guess ? ` Did you mean "${guess}"?` : ` Allowed${whereEn}: ${allowed.join(', ')}.`} A misspelt setting would do nothing, so it is an error.`,
        ),
      );
    });
  }
  return [problem(source, path, 'value', 'config-invalid', valueMessage(path, issue))];
}

function valueMessage(path: DocPath, issue: z.core.$ZodIssue): Text {
  const input = 'input' in issue ? issue.input : undefined;
  const got =
    input === null || input === undefined
      ? text('没有填写内容', 'it is empty')
      : typeof input === 'string'
        ? text(`这里写的是“${input}”`, `found "${input}"`)
        : text(`这里写的是 ${JSON.stringify(input)}`, `found ${JSON.stringify(input)}`);
  const [head, key] = path;
  if (head === 'lang') return text(`lang（默认消息语言）应为 zh 或 en，${got.zh}。`, `lang (the default message language) must be zh or en; ${got.en}.`);
  if (head === 'font') return text(`font 应为字体文件的路径（相对于配置文件所在目录），${got.zh}。`, `font must be the path of a font file (relative to the configuration file); ${got.en}.`);
  if (head === 'rules' && path.length === 1) {
    return text(`rules 应为“规则编号: 级别”的映射，每行一条（如 project-nature: off），${got.zh}。`, `rules must be a mapping of "rule-id: level" lines (e.g. project-nature: off); ${got.en}.`);
  }
  if (head === 'rules') {
    return text(`规则 ${String(key)} 的级别应为 off（关闭）、warning（警告）或 error（错误），${got.zh}。`, `The level of rule ${String(key)} must be off, warning or error; ${got.en}.`);
  }
  if (head === 'allow' && path.length === 1) {
    return text(`allow 下应写 项目性质 和/或 二级指标 两个列表，${got.zh}。`, `allow holds the lists 项目性质 and/or 二级指标; ${got.en}.`);
  }
  if (head === 'allow' && path.length === 2) {
    return text(`allow › ${String(key)} 应为列表，每个取值一行，以“- ”开头，${got.zh}。`, `allow › ${String(key)} must be a list, one value per line starting with "- "; ${got.en}.`);
  }
  if (head === 'allow') return text(`allow › ${String(key)} 中的每一项都应为非空的文字，${got.zh}。`, `Each item of allow › ${String(key)} must be non-empty text; ${got.en}.`);
  if (head === 'fmt' && path.length === 1) return text(`fmt 下可以写 amounts（金额写法），${got.zh}。`, `fmt holds amounts (how amounts are written); ${got.en}.`);
  if (head === 'fmt') {
    return text(
      `fmt › amounts（金额写法）应为 grouped（2,810,000.00，默认）、plain（2810000.00）或 keep（保持原样），${got.zh}。`,
      `fmt › amounts must be grouped (2,810,000.00, the default), plain (2810000.00) or keep (as written); ${got.en}.`,
    );
  }
  return text(`配置项 ${path.join(' › ')} 的值不正确，${got.zh}。`, `The setting ${path.join(' › ')} has a wrong value; ${got.en}.`);
}

function problem(source: SourceFile, path: DocPath, part: 'key' | 'value', rule: string, message: Text): Diagnostic {
  return { file: source.file, span: source.locate(path, part), severity: 'error', rule, path, message };
}
