import type { Diagnostic } from '../../diagnostics/types.js';
import type { SourceFile } from '../../load/source-file.js';
import type { LspMessage } from '../messages.js';

/** A replacement of text[start, end) — offsets into the document text. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A mechanical fix: what it does, where the editor offers it, and the edits. */
export interface Fix {
  readonly title: LspMessage;
  /** The stretch of text (offsets) where the editor offers the fix, e.g. the value it rewrites. */
  readonly at: readonly [number, number];
  readonly edits: readonly Edit[];
  /**
   * Rules whose findings the fix resolves (matched by overlapping position);
   * undefined: any finding there, whichever rule reported it.
   */
  readonly rules?: readonly string[];
  /** Safe to apply without choosing (VS Code's "auto fix"). */
  readonly preferred?: boolean;
}

export interface FixContext {
  readonly text: string;
  /** Absent when the document did not parse as YAML. */
  readonly source?: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
}

export type Fixer = (ctx: FixContext) => Fix[];
