import { LineCounter, parseDocument } from 'yaml';
import { text, type Diagnostic, type Span, type Text } from '../diagnostics/types.js';
import { bytePosition, decode } from './decode.js';
import { SourceFile } from './source-file.js';
import { treeToValue } from './to-value.js';

import { MAX_DEPTH, MAX_FILE_BYTES } from './limits.js';

export { MAX_DEPTH, MAX_FILE_BYTES };

export type Loaded =
  | {
      readonly ok: true;
      readonly source: SourceFile;
      readonly value: unknown;
      /** Findings that do not stop the check (a tag, an invisible character, a list used as a key). */
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; /** for code frames, once decoded */ readonly text?: string };

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function fail(file: string, rule: string, message: Text, span: Span = START): Loaded {
  return { ok: false, diagnostics: [{ file, span, severity: 'error', rule, path: [], message }] };
}

/**
 * Bytes → YAML document with positions → plain value. Never throws: every
 * problem becomes a diagnostic with a position, so one bad file cannot stop
 * the check of the others.
 */
export function loadDeclaration(file: string, bytes: Uint8Array): Loaded {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(file, bytes.length);
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const p = bytePosition(bytes, decoded.offset);
    return fail(file, 'file-encoding', decoded.message, { line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 });
  }
  // Classic Mac line endings (CR only): YAML and our line numbers count LF, so read them as lines.
  const source = decoded.text.includes('\n') ? decoded.text : decoded.text.replace(/\r/g, '\n');
  if (source.trim() === '' || isOnlyComments(source)) {
    return fail(
      file,
      'file-empty',
      text('文件为空：没有任何申报内容。请填写申报内容，或用 npx declare init 生成模板。', 'The file is empty: it holds no declaration. Fill it in, or start from `npx declare init`.'),
    );
  }
  // Nesting is checked on the raw text first, so a pathological file never reaches the parser's recursion.
  const deep = deepestNesting(source);
  if (deep) {
    return fail(
      file,
      'file-limits',
      text(`嵌套层级过深（超过 ${MAX_DEPTH} 层）。申报文件最多只有五层结构，请检查文件内容。`, `Nesting is too deep (over ${MAX_DEPTH} levels); a declaration has at most five. Check the file.`),
      deep,
    );
  }

  const lineCounter = new LineCounter();
  // Duplicate keys are found while reading the tree (to-value.ts): yaml's own check is quadratic in the keys of a mapping.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const src = new SourceFile(file, source, doc, lineCounter);
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    // yaml reports an unclosed quote where the file ends; the author needs the line where it opened.
    const unclosed = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? unclosedQuote(source, e.pos[0]) : undefined;
    const span = unclosed ?? src.spanOfRange(e.pos[0], e.pos[1]);
    diagnostics.push({
      file,
      span,
      severity: 'error',
      rule: 'yaml-syntax',
      path: [],
      message: unclosed
          ? text('YAML 语法错误：引号没有闭合。这一行的值以引号开头，但没有对应的结束引号：请补上结束引号，或去掉开头的引号。', 'YAML syntax error: unclosed quote. The value on this line opens a quote that is never closed.')
          : syntaxMessage(source, span, e.code, firstLine(e.message)),
    });
  }
  // `%YAML 1.1` switches YAML to rules under which `no` is false and 2025-01-01 a timestamp: refuse it rather than read the file differently.
  const directive = /^%[^\n]*/m.exec(source.slice(0, doc.contents?.range?.[0] ?? source.length));
  if (directive && /^%(YAML|TAG)\b/.test(directive[0])) {
    const at = directive.index;
    diagnostics.push({
      file,
      span: src.spanOfRange(at, at + directive[0].trimEnd().length),
      severity: 'error',
      rule: 'yaml-syntax',
      path: [],
      message: text(
        `申报文件不使用 YAML 指令（“${directive[0].trim()}”）：它会改变 YAML 读取值的方式（如把 no 读成假、把日期读成时间戳）。请删掉这一行，值一律按普通文字书写。`,
        `Declarations use no YAML directives ("${directive[0].trim()}"): a directive changes how values are read (no becomes false, dates become timestamps). Delete the line and write every value as plain text.`,
      ),
    });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupe(diagnostics), text: source };

  const tree = treeToValue(doc, src);
  const findings = tree.findings.map(
    (f): Diagnostic => ({ file, span: src.spanOfRange(f.range[0], f.range[1]), severity: f.rule === 'invisible-character' ? 'warning' : 'error', rule: f.rule, path: f.path, message: f.message }),
  );
  if (tree.findings.some((f) => f.fatal)) return { ok: false, diagnostics: dedupe(findings), text: source };
  return { ok: true, source: src, value: tree.value, diagnostics: findings };
}

/** A file over MAX_FILE_BYTES, found by its size before reading (read.ts) or by its bytes. */
export function tooLarge(file: string, size: number): Loaded & { ok: false } {
  return fail(
    file,
    'file-limits',
    text(
      `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），申报文件不应超过 5 MB。请检查是否选错了文件。`,
      `The file is too large (${(size / 1024 / 1024).toFixed(1)} MB); a declaration must not exceed 5 MB. Check that this is the right file.`,
    ),
  ) as Loaded & { ok: false };
}

/** The first line before `offset` whose value opens a quote it does not close. */
function unclosedQuote(source: string, offset: number): Span | undefined {
  const lines = source.slice(0, offset).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?(?:[^:#'"]+:\s+)?)(["'])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const q = m[2]!;
    const rest = q === "'" ? m[3]!.replaceAll("''", '') : m[3]!.replace(/\\./g, '');
    if (!rest.includes(q)) {
      const col = m[1]!.length + 1;
      return { line: i + 1, column: col, endLine: i + 1, endColumn: col + 1 };
    }
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** True when no line holds content: only blanks, comments and document markers. */
function isOnlyComments(s: string): boolean {
  return !/^[ \t\r]*(?!#|---\s*$|\.\.\.\s*$)[^\s]/m.test(s);
}

function syntaxMessage(source: string, span: Span, code: string, detail: string): Text {
  const line = source.split('\n')[span.line - 1] ?? '';
  // `指标: >=90%` — YAML reads a plain value starting with > or < as a block-scalar header.
  if (/:\s+[<>]/.test(line) || /^\s*-\s+[<>]/.test(line)) {
    return text(
      `YAML 语法错误：以 > 或 < 开头的值会被 YAML 当作特殊符号。请把 >= 写成 ≥、<= 写成 ≤，或给整个值加引号（如 '>=90%'）。（${detail}）`,
      `YAML syntax error: a value starting with > or < is read as special YAML syntax. Write ≥ / ≤ instead of >= / <=, or quote the value ('>=90%'). (${detail})`,
    );
  }
  if (line.includes('\t')) {
    return text(`YAML 语法错误：缩进中不能使用制表符（Tab），请改用空格。（${detail}）`, `YAML syntax error: indent with spaces, not tabs. (${detail})`);
  }
  // `项目名称：网络宣传工作` — a Chinese input method types the full-width colon, which YAML does not know.
  const near = source.split('\n').slice(Math.max(0, span.line - 2), span.line + 1);
  const fullWidth = near.find((l) => /^\s*(?:-\s+)?[^\s:：#]+：/.test(l) && !/^\s*(?:-\s+)?[^\s:：#]+:\s/.test(l));
  if (fullWidth !== undefined) {
    return text(
      `YAML 语法错误：“${fullWidth.trim()}”中键后面用的是中文冒号（：）。键和值之间必须是英文冒号加一个空格（: ），例如“项目名称: 网络宣传工作”。（${code}: ${detail}）`,
      `YAML syntax error: "${fullWidth.trim()}" uses a full-width colon (：) after the key; write an ASCII colon and a space (": "). (${code}: ${detail})`,
    );
  }
  const zh = YAML_CODES_ZH[code];
  return text(
    `YAML 语法错误：${zh ?? '无法解析这一行'}。请检查这一行及上下行的缩进、冒号和引号。（${code}: ${detail}）`,
    `YAML syntax error (${code}): ${detail}. Check the indentation, colons and quotes here.`,
  );
}

/** yaml's error codes, said in the words of someone filling in a form. */
const YAML_CODES_ZH: Record<string, string> = {
  BAD_INDENT: '缩进不正确，同一层级的键必须对齐',
  BLOCK_AS_IMPLICIT_KEY: '这一行的值和下一行被连在一起读了：多半是下一行多缩进了，或下一行的冒号后缺少空格',
  MULTILINE_IMPLICIT_KEY: '键不能跨多行：多半是上一行的值没写完，或缩进不对',
  MISSING_CHAR: '缺少必要的符号（如冒号、结束引号或括号）',
  BAD_DQ_ESCAPE: '双引号中的反斜杠转义不正确；文本中需要反斜杠时请改用单引号',
  MULTIPLE_DOCS: '一个文件中有多个 YAML 文档（---）：一个文件只写一个项目',
  BAD_SCALAR_START: '值不能以这个符号开头（如 @ 或 `）；请给整个值加引号',
  TAB_AS_INDENT: '缩进中不能使用制表符（Tab），请改用空格',
  UNEXPECTED_TOKEN: '这里出现了意外的符号',
  KEY_OVER_1024_CHARS: '键太长（超过 1024 个字符），多半是缺少冒号',
  BAD_COLLECTION_TYPE: '列表和键值对混在了同一层级',
  MISSING_ANCHOR: '使用了未定义的别名',
  TAG_RESOLVE_FAILED: '无法识别的 YAML 标签（!…）',
};

/** yaml can report one mistake twice at the same place; once is enough. */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.span.line}:${d.span.column}:${d.rule}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const DEEP_LINE_START = new RegExp(`(?:^|\\n)[ ?:-]{${4 * MAX_DEPTH + 1}}`);

/** Span of the first place where flow brackets or indentation nest deeper than MAX_DEPTH. */
function deepestNesting(source: string): Span | undefined {
  // Nearly every file has neither deep indentation nor many brackets: decide that without a character loop.
  if (!DEEP_LINE_START.test(source) && (source.match(/[[{]/g)?.length ?? 0) <= MAX_DEPTH) return undefined;
  let depth = 0;
  let line = 1;
  let col = 1;
  let quote: string | null = null;
  let comment = false;
  // Indentation and compact nesting (`- - - …`, `? ? ? …`, `: - …`) at the start of each line, the first line included.
  const indentAt = (from: number) => /^[ ?:-]*/.exec(source.slice(from, from + 4 * MAX_DEPTH + 8))![0].length;
  const first = indentAt(0);
  if (first > 4 * MAX_DEPTH) return { line: 1, column: 1, endLine: 1, endColumn: first + 1 };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      col = 1;
      comment = false;
      quote = null;
      const indent = indentAt(i + 1);
      if (indent > 4 * MAX_DEPTH) return { line, column: 1, endLine: line, endColumn: indent + 1 };
      continue;
    }
    if (!comment && !quote) {
      if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) comment = true;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '{') {
        depth++;
        if (depth > MAX_DEPTH) return { line, column: col, endLine: line, endColumn: col + 1 };
      } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    } else if (quote && c === quote) quote = null;
    col++;
  }
  return undefined;
}
