import type { Text } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';

/**
 * Documents carry a date (PDF info and trailer ID, XLSX properties, zip
 * entries). Rendering the same declaration must give the same bytes, so the
 * date is never "now": SOURCE_DATE_EPOCH (reproducible-builds.org) when set,
 * otherwise a fixed constant.
 */
export const FIXED_DOCUMENT_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** ZIP entries (so XLSX files) can only carry dates from 1980 to 2107; PDF dates are four-digit years. */
const EARLIEST = Date.UTC(1980, 0, 1);
const LATEST = Date.UTC(2099, 11, 31, 23, 59, 59);

/** SOURCE_DATE_EPOCH is set to something documents cannot carry: the command cannot run as asked (exit 2). */
export class DocumentDateError extends Error {
  override readonly name = 'DocumentDateError';
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** The date every document of this run carries. Throws DocumentDateError for a SOURCE_DATE_EPOCH that is not a date from 1980 to 2099. */
export function documentDate(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return FIXED_DOCUMENT_DATE;
  const seconds = /^\d+$/.test(raw) ? Number(raw) : NaN;
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > LATEST) {
    throw new DocumentDateError(
      bothLanguages('output', 'source-date-epoch', { raw }),
    );
  }
  return new Date(ms);
}
