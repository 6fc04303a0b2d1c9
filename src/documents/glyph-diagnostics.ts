import { checkRendered, startOfFile } from '../check/later-phases.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { MissingGlyph } from '../fonts/coverage.js';
import type { SourceFile } from '../load/source-file.js';

/**
 * A character no font covers, reported like any other finding at the field it
 * occurs in: the render phase's rules (font-missing-glyph) run on what the
 * layout found.
 */
export function missingGlyphDiagnostics(file: string, source: SourceFile | undefined, missing: readonly MissingGlyph[]): Diagnostic[] {
  return checkRendered(source ?? startOfFile(file), missing);
}
