import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { pathInside } from '../util/inside.js';
import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Rule } from '../check/rule.js';
import { RULES } from '../check/rules/index.js';
import { diagnosticMessage, pick, relatedMessage, type Diagnostic, type Lang, type Span } from '../diagnostics/types.js';
import { homeUrl, ruleDocUrl, packageVersion } from '../docs/links.js';
import { ruleHelp } from '../docs/rule-docs.js';
import type { Reporter } from './types.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer. One run,
 * every rule described in tool.driver.rules (so viewers can show the help
 * without the package) with its web page as helpUri, results pointing at
 * %SRCROOT%-relative URIs, %SRCROOT% itself given in originalUriBaseIds.
 * Deterministic: no timestamps; the only machine-specific datum is that root.
 */
export const sarifReporter: Reporter = (files, _counts, ctx) => {
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  const index = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const results: Result[] = [];
  for (const f of files) for (const d of f.diagnostics) results.push(toResult(d, ctx.lang, root, index));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'declare',
            version: packageVersion(),
            semanticVersion: packageVersion(),
            informationUri: homeUrl(),
            language: ctx.lang === 'zh' ? 'zh-CN' : 'en-US',
            rules: RULES.map((r) => descriptor(r, ctx.lang)),
          },
        },
        // A report is written only for a run that finished (an unreadable input exits 2 without one).
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        language: ctx.lang === 'zh' ? 'zh-CN' : 'en-US',
        // yaml's LineCounter counts columns in UTF-16 code units, as SARIF's default does.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function descriptor(rule: Rule, lang: Lang): ReportingDescriptor {
  const { id, docs, severity } = rule.meta;
  return {
    id,
    name: id,
    shortDescription: { text: pick(docs.title, lang) },
    fullDescription: { text: pick(docs.description, lang) },
    help: ruleHelp(rule, lang),
    helpUri: ruleDocUrl(id),
    defaultConfiguration: { level: severity },
  };
}

function toResult(d: Diagnostic, lang: Lang, root: string, index: Map<string, number>): Result {
  const ruleIndex = index.get(d.rule);
  return {
    ruleId: d.rule,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: d.severity,
    message: { text: diagnosticMessage(d, lang) },
    locations: [location(d.file, d.span, root)],
    ...(d.notes &&
      d.notes.length > 0 && {
        relatedLocations: d.notes.map((n, i) => ({ id: i + 1, ...location(d.file, n.span, root), message: { text: relatedMessage(d, n, lang) } })),
      }),
    partialFingerprints: { 'declareFinding/v1': fingerprint(d, root) },
    properties: { path: [...d.path] },
  };
}

function location(file: string, span: Span, root: string): Location {
  return {
    physicalLocation: {
      artifactLocation: artifactUri(file, root),
      region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
    },
  };
}

/**
 * A file inside the root becomes a relative URI against %SRCROOT% (each path
 * segment percent-encoded, so Chinese file names are valid URIs); a file
 * outside it becomes an absolute file:// URI.
 */
export function artifactUri(file: string, root: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(file);
  const rel = pathInside(root, abs);
  if (rel) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

/** Stable across runs and line moves: file, rule, key path and message (in Chinese, whatever --lang is). */
function fingerprint(d: Diagnostic, root: string): string {
  return createHash('sha256')
    .update(JSON.stringify([artifactUri(d.file, root).uri, d.rule, d.path, diagnosticMessage(d, 'zh')]))
    .digest('hex');
}
