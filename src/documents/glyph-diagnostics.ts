import { fieldLabel, fieldLabelEn } from '../diagnostics/labels.js';
import { text, type Diagnostic } from '../diagnostics/types.js';
import { codePointLabel, type MissingGlyph } from '../fonts/coverage.js';
import type { SourceFile } from '../load/source-file.js';

/** A character no font covers, reported like any other finding at the field it occurs in (rule font-missing-glyph). */
export function missingGlyphDiagnostics(file: string, source: SourceFile | undefined, missing: readonly MissingGlyph[]): Diagnostic[] {
  return missing.map((m) => ({
    file,
    span: source?.locate(m.path) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
    severity: 'error' as const,
    rule: 'font-missing-glyph',
    path: m.path,
    message: text(
      `字符“${m.char}”（${codePointLabel(m.codePoint)}）在「${fieldLabel(m.path)}」中，但所用字体都没有这个字，印出来会是空白方框。请改写该字符，或用 --font 指定包含它的字体。`,
      `The character "${m.char}" (${codePointLabel(m.codePoint)}) in "${fieldLabelEn(m.path)}" is in none of the fonts and would print as a blank box. Rewrite it or choose a font with --font.`,
    ),
  }));
}
