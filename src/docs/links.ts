import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageInfo, packageRoot } from '../util/package-root.js';

export { packageRoot, packageVersion } from '../util/package-root.js';

/**
 * The one documentation base: the repository that package.json names in
 * `repository`, as an https URL (https://github.com/owner/name), or undefined
 * when it names none that a browser can open. Nothing else in the code spells
 * the project's address.
 */
export function repositoryUrl(): string | undefined {
  return webUrl(packageInfo().repository);
}

/**
 * Base URL of the rule documents, ending in "/": docs/rules/ in the
 * repository at the tag of the installed version (v0.1.0), so a link shows the
 * rule as this version checks it. Without a repository, the copy of docs/rules/
 * inside the installed package (a file:// URL).
 */
export function ruleDocsBase(): string {
  const repo = repositoryUrl();
  if (!repo) return pathToFileURL(packageRoot()).href.replace(/\/?$/, '/') + 'docs/rules/';
  const blob = new URL(repo).hostname.includes('gitlab') ? '/-/blob/' : '/blob/';
  return `${repo}${blob}v${packageInfo().version}/docs/rules/`;
}

/** URL of one rule's document (docs/rules/<id>.md): SARIF helpUri. */
export function ruleDocUrl(id: string): string {
  return ruleDocsBase() + encodeURIComponent(id) + '.md';
}

/** The rule's document inside the installed package, as a file:// URL (works offline, opens in an editor). */
export function ruleDocFileUrl(id: string): string {
  return pathToFileURL(join(packageRoot(), 'docs', 'rules', `${id}.md`)).href;
}

/** The project's home page (SARIF informationUri): the repository, else the rule index. */
export function homeUrl(): string {
  return repositoryUrl() ?? ruleDocsBase() + 'README.md';
}

/** The rule index (docs/rules/README.md). */
export function rulesIndexUrl(): string {
  return ruleDocsBase() + 'README.md';
}

/**
 * What the pretty report prints after each finding: the rule's page in the
 * installed package (a path relative to the working directory, which
 * terminals and editors open on click) and the command that prints the same
 * text. Both work offline, which a web link would not from every government
 * network; machine formats carry the web link (ruleDocUrl).
 */
export function ruleDocHint(id: string, cwd = process.cwd()): string {
  const page = relative(cwd, join(packageRoot(), 'docs', 'rules', `${id}.md`));
  return `${page.split(sep).join('/')} (npx declare explain ${id})`;
}

/** package.json's `repository` (a string or { url }) as an https URL without ".git". */
export function webUrl(repository: unknown): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string') return undefined;
  let url = raw.trim();
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) url = `https://${shorthand[1] ?? 'github'}.${shorthand[1] === 'bitbucket' ? 'org' : 'com'}/${shorthand[2]}`;
  url = url.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^ssh:\/\/git@/, 'https://').replace(/\.git$/, '').replace(/\/+$/, '');
  return /^https:\/\/[^/]+\/.+/.test(url) ? url : undefined;
}
