import type { DocPath } from '../../diagnostics/types.js';
import type { FieldKind } from '../../forms/index.js';
import type { MessageOf } from '../../messages/index.js';
import type { Where } from '../table.js';
import type { MoneyUnit } from './labels.js';

/**
 * A declaration as read from a form, before it is written as YAML: every
 * value exactly as printed, where it was read, and why not where it could
 * not be (which becomes a `# 未能识别` comment and a finding).
 */
/** A message of the catalogue's `import-unreadable` section. */
export type ImportMessage = MessageOf<'import-unreadable'>;

export interface Draft {
  /** Where the form starts (its first page or sheet), for messages about the form as a whole. */
  readonly where: Where;
  /** Header fields, amounts and goals, in the form's order. */
  readonly fields: readonly DraftField[];
  readonly indicators: readonly DraftIndicator[];
  /** The money unit the form states (元 unless it says 万元). */
  readonly unit: MoneyUnit;
  /** Problems that belong to no single field (no indicator table found, …). */
  readonly problems: readonly DraftProblem[];
}

export interface DraftField {
  /** Key path in the declaration file. */
  readonly path: DocPath;
  readonly kind: FieldKind;
  /** As printed; undefined when nothing could be read. */
  readonly value?: string;
  readonly where?: Where;
  /** Why the value could not be read; absent when it was (an empty optional field has neither). */
  readonly problem?: ImportMessage;
}

export interface DraftIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** As printed; undefined when the cell is empty or missing. */
  readonly value?: string;
  readonly where: Where;
  readonly problem?: ImportMessage;
}

export interface DraftProblem {
  readonly where: Where;
  readonly message: ImportMessage;
}
