import { structuredPatch } from 'diff';

/**
 * The change as a unified diff (`--- a/file`, `+++ b/file`, hunks with three
 * lines of context), as git shows it; the jsdiff package computes the hunks.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 3 });
  const out = [`--- ${patch.oldFileName}`, `+++ ${patch.newFileName}`];
  for (const h of patch.hunks) {
    out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    for (const l of h.lines) out.push(l.replace(/\r$/, ''));
  }
  return out.join('\n') + '\n';
}
