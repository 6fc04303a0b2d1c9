import type { Lang } from '../diagnostics/types.js';

/** --lang wins, then DECLARE_LANG, then Chinese: our users read Chinese first. */
export function resolveLang(flag: string | undefined, configured?: Lang): Lang {
  const v = flag ?? process.env.DECLARE_LANG ?? configured;
  return v === 'en' ? 'en' : 'zh';
}
