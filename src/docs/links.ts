import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../util/package-root.js';

/**
 * Where rule documentation lives on the web, if anywhere. The project has no
 * public home yet, so this is undefined and links point at the copy of
 * docs/rules/ shipped inside the installed package (a file:// URL computed at
 * run time). When the project gets a public repository, set this to the URL of
 * its docs/rules/ folder (ending in "/") and every link follows: SARIF helpUri
 * and informationUri, and the "rule docs" line of the pretty report.
 */
export const DOCS_BASE: string | undefined = undefined;

export { packageRoot, packageVersion } from '../util/package-root.js';

/** Base URL of the rule documents, always ending in "/". */
export function ruleDocsBase(): string {
  return DOCS_BASE ?? pathToFileURL(packageRoot()).href.replace(/\/?$/, '/') + 'docs/rules/';
}

/** URL of one rule's document (docs/rules/<id>.md). */
export function ruleDocUrl(id: string): string {
  return ruleDocsBase() + encodeURIComponent(id) + '.md';
}

/** URL of the rule index (docs/rules/README.md): the closest thing to a home page the package has. */
export function rulesIndexUrl(): string {
  return ruleDocsBase() + 'README.md';
}

/**
 * What the pretty report prints after each finding: a public link when there
 * is one; otherwise the rule's page in the installed package (a path relative
 * to the working directory, which terminals and editors open on click) and the
 * command that prints the same text.
 */
export function ruleDocHint(id: string, cwd = process.cwd()): string {
  if (DOCS_BASE) return ruleDocUrl(id);
  const page = relative(cwd, join(packageRoot(), 'docs', 'rules', `${id}.md`));
  return `${page.split(sep).join("/")} (npx declare explain ${id})`;
}
