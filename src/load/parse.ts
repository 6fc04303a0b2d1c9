import { LineCounter, parseDocument } from 'yaml';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic, Span, Suggestion } from '../diagnostics/types.js';
import type { MessageOf } from '../messages/index.js';
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

function fail(d: Diagnostic): Loaded {
  return { ok: false, diagnostics: [d] };
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
    return fail(diagnostic({ file, span: { line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 } }, 'file-encoding', decoded.problem));
  }
  // Classic Mac line endings (CR only): YAML and our line numbers count LF, so read them as lines.
  const source = decoded.text.includes('\n') ? decoded.text : decoded.text.replace(/\r/g, '\n');
  if (source.trim() === '' || isOnlyComments(source)) {
    return fail(diagnostic({ file, span: START }, 'file-empty', { messageId: 'empty' }));
  }
  // Nesting is checked on the raw text first, so a pathological file never reaches the parser's recursion.
  const deep = deepestNesting(source);
  if (deep) {
    return fail(diagnostic({ file, span: deep }, 'file-limits', { messageId: 'too-deep', data: { max: MAX_DEPTH } }));
  }

  const lineCounter = new LineCounter();
  // Duplicate keys are found while reading the tree (to-value.ts): yaml's own check is quadratic in the keys of a mapping.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const src = new SourceFile(file, source, doc, lineCounter);
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    // yaml reports an unclosed quote where the file ends; the author needs the line where it opened.
    const unclosed = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? unclosedQuote(source, e.pos[0]) : undefined;
    // Duplicate keys are found while reading the tree (to-value.ts): yaml's uniqueKeys is off.
    const span = unclosed ?? src.spanOfRange(e.pos[0], e.pos[1]);
    if (unclosed) diagnostics.push(diagnostic({ file, span }, 'yaml-syntax', { messageId: 'unclosed-quote' }));
    else {
      const { message, suggestion } = syntaxMessage(source, span, e.code, firstLine(e.message));
      diagnostics.push(diagnostic({ file, span }, 'yaml-syntax', message, { ...(suggestion && { suggestions: [suggestion] }) }));
    }
  }
  // `%YAML 1.1` switches YAML to rules under which `no` is false and 2025-01-01 a timestamp: refuse it rather than read the file differently.
  const directive = /^%[^\n]*/m.exec(source.slice(0, doc.contents?.range?.[0] ?? source.length));
  if (directive && /^%(YAML|TAG)\b/.test(directive[0])) {
    const at = directive.index;
    diagnostics.push(diagnostic({ file, span: src.spanOfRange(at, at + directive[0].trimEnd().length) }, 'yaml-syntax', { messageId: 'directive', data: { directive: directive[0].trim() } }));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupe(diagnostics), text: source };

  const tree = treeToValue(doc, src);
  const findings = tree.findings.map((f) => ({ ...f.diagnostic, file, span: src.spanOfRange(f.range[0], f.range[1]), path: f.path }));
  if (tree.findings.some((f) => f.fatal)) return { ok: false, diagnostics: dedupe(findings), text: source };
  return { ok: true, source: src, value: tree.value, diagnostics: findings };
}

/** A file over MAX_FILE_BYTES, found by its size before reading (read.ts) or by its bytes. */
export function tooLarge(file: string, size: number): Loaded & { ok: false } {
  return fail(diagnostic({ file, span: START }, 'file-limits', { messageId: 'too-large', data: { megabytes: (size / 1024 / 1024).toFixed(1) } })) as Loaded & { ok: false };
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

type SyntaxMessage = { readonly message: MessageOf<'yaml-syntax'>; readonly suggestion?: Suggestion };

/** ASCII comparison operators a value cannot start with in plain YAML, and what to write instead. */
const OPERATOR_FIXES: readonly [string, string][] = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['>', '＞'],
  ['<', '＜'],
];

function syntaxMessage(source: string, span: Span, code: string, detail: string): SyntaxMessage {
  const line = source.split('\n')[span.line - 1] ?? '';
  // `指标: >=90%` — YAML reads a plain value starting with > or < as a block-scalar header.
  const op = /^(\s*-\s+|[^#]*?:\s+)([<>]=?)/.exec(line);
  if (/:\s+[<>]/.test(line) || /^\s*-\s+[<>]/.test(line)) {
    const fix = op ? OPERATOR_FIXES.find(([from]) => from === op[2]) : undefined;
    const column = op ? op[1]!.length + 1 : 0;
    return {
      message: { messageId: 'block-scalar', data: { detail } },
      ...(fix && {
        suggestion: {
          messageId: 'suggest-replace',
          data: { from: fix[0], to: fix[1] },
          edits: [{ span: { line: span.line, column, endLine: span.line, endColumn: column + fix[0].length }, text: fix[1] }],
        },
      }),
    };
  }
  if (line.includes('\t')) return { message: { messageId: 'tab', data: { detail } } };
  // `项目名称：网络宣传工作` — a Chinese input method types the full-width colon, which YAML does not know.
  const near = source.split('\n').slice(Math.max(0, span.line - 2), span.line + 1);
  const fullWidth = near.find((l) => /^\s*(?:-\s+)?[^\s:：#]+：/.test(l) && !/^\s*(?:-\s+)?[^\s:：#]+:\s/.test(l));
  if (fullWidth !== undefined) return { message: { messageId: 'full-width-colon', data: { line: fullWidth.trim(), code, detail } } };
  return { message: { messageId: 'syntax', data: { code, detail } } };
}

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
