import stringWidth from 'string-width';

/**
 * Columns aligned by display width: a Chinese character takes two terminal
 * columns, an ASCII letter one, ANSI colour codes none (string-width). The
 * last column is not padded, so lines carry no trailing spaces.
 */
export function formatTable(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - stringWidth(cell) + gap)))
      .join('')
      .trimEnd(),
  );
}
