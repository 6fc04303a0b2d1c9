import { createHash } from 'node:crypto';
import { diagnosticMessage, type Diagnostic } from '../diagnostics/types.js';
import { repoPath } from './github.js';
import type { Reporter } from './types.js';

/** One issue of a GitLab Code Quality report (the subset of the Code Climate format GitLab reads). */
export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/**
 * GitLab Code Quality report (artifacts:reports:codequality), shown in merge
 * requests. https://docs.gitlab.com/ci/testing/code_quality/
 *
 * Errors are `major` (the form cannot be submitted as is), warnings `minor`.
 * The fingerprint is a SHA-256 of file, rule, key path and the Chinese message,
 * so it survives lines moving and --lang switching; GitLab shows only one
 * issue per fingerprint, so repeats of the same finding get a counter.
 */
export const gitlabReporter: Reporter = (files, _counts, ctx) => {
  const base = process.env.CI_PROJECT_DIR || undefined;
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const path = repoPath(d.file, base);
      const key = JSON.stringify([path, d.rule, d.path, diagnosticMessage(d, 'zh')]);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      issues.push({
        description: diagnosticMessage(d, ctx.lang),
        check_name: d.rule,
        fingerprint: fingerprint(key, n),
        severity: severity(d),
        location: { path, lines: { begin: d.span.line } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};

function severity(d: Diagnostic): CodeQualityIssue['severity'] {
  return d.severity === 'error' ? 'major' : 'minor';
}

function fingerprint(key: string, occurrence: number): string {
  return createHash('sha256')
    .update(occurrence === 0 ? key : `${key}#${occurrence}`)
    .digest('hex');
}
