import { LineCounter, parseDocument, visit, type Node } from 'yaml';
import { text, type Diagnostic, type Span, type Text } from '../diagnostics/types.js';
import { bytePosition, decode } from './decode.js';
import { SourceFile } from './source-file.js';

/** Declarations are a few KB; anything this large is a mistake or an attack. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The format nests five levels deep; allow generous slack, refuse absurd nesting. */
export const MAX_DEPTH = 32;

export type Loaded =
  | { readonly ok: true; readonly source: SourceFile; readonly value: unknown }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

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
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(
      file,
      'file-limits',
      text(
        `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），申报文件不应超过 5 MB。请检查是否选错了文件。`,
        `The file is too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB); a declaration must not exceed 5 MB. Check that this is the right file.`,
      ),
    );
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const p = bytePosition(bytes, decoded.offset);
    return fail(file, 'file-encoding', decoded.message, { line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 });
  }
  const source = decoded.text;
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
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const src = new SourceFile(file, source, doc, lineCounter);
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const span = src.spanOfRange(e.pos[0], e.pos[1]);
    const isDup = e.code === 'DUPLICATE_KEY';
    diagnostics.push({
      file,
      span,
      severity: 'error',
      rule: isDup ? 'yaml-duplicate-key' : 'yaml-syntax',
      path: [],
      message: isDup ? duplicateKeyMessage(source, e.pos[0]) : syntaxMessage(source, span, e.code, firstLine(e.message)),
    });
  }
  visit(doc, {
    Alias(_, node) {
      const r = (node as Node).range;
      diagnostics.push({
        file,
        span: r ? src.spanOfRange(r[0], r[1]) : START,
        severity: 'error',
        rule: 'yaml-syntax',
        path: [],
        message: text('申报文件不支持 YAML 别名（*名称）。请把内容直接写出来。', 'YAML aliases (*name) are not allowed in a declaration; write the content out.'),
      });
    },
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  // toJS() can still throw on exotic input (custom tags, aliases); none is expected after the checks above.
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (err) {
    return fail(file, 'yaml-syntax', text(`无法读取 YAML 内容：${(err as Error).message}`, `Cannot read the YAML content: ${(err as Error).message}`));
  }
  return { ok: true, source: src, value };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function isOnlyComments(s: string): boolean {
  return s.split('\n').every((l) => /^\s*(#.*)?\s*$/.test(l) || /^\s*(---|\.\.\.)\s*$/.test(l));
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
  return text(`YAML 语法错误（${code}）：${detail}。请检查该行的缩进、冒号和引号。`, `YAML syntax error (${code}): ${detail}. Check the indentation, colons and quotes on this line.`);
}

function duplicateKeyMessage(source: string, offset: number): Text {
  const key = /^[^:\n]*/.exec(source.slice(offset))?.[0]?.trim().replace(/^-\s*/, '') ?? '';
  return text(
    `键「${key}」在同一层级中重复出现。YAML 只会保留其中一个，另一个的内容会丢失：请合并或删除重复的键。`,
    `The key "${key}" appears twice at the same level. YAML keeps only one of them and the other is lost: merge or remove the duplicate.`,
  );
}

/** Span of the first place where flow brackets or indentation nest deeper than MAX_DEPTH. */
function deepestNesting(source: string): Span | undefined {
  let depth = 0;
  let line = 1;
  let col = 1;
  let quote: string | null = null;
  let comment = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      col = 1;
      comment = false;
      quote = null;
      const indent = /^[ -]*/.exec(source.slice(i + 1, i + 1 + 4 * MAX_DEPTH + 8))![0].length;
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
