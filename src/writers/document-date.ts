/**
 * Documents carry a date (PDF info and trailer ID, XLSX properties, zip
 * entries). Rendering the same declaration must give the same bytes, so the
 * date is never "now": SOURCE_DATE_EPOCH (reproducible-builds.org) when set,
 * otherwise a fixed constant.
 */
export const FIXED_DOCUMENT_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

export function documentDate(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw && /^\d+$/.test(raw)) {
    const d = new Date(Number(raw) * 1000);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return FIXED_DOCUMENT_DATE;
}
