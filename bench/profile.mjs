// Where a process spends its time, from a V8 CPU profile (`node --cpu-prof`):
// every sample is charged to the first stage of STAGES one of whose functions
// is on its stack, so the stages add up to the whole run. Used by run.mjs to
// show, next to a figure that misses its target, what the time went to.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** [label, test on a call frame], in order of precedence. */
export const STAGES = [
  ['loading code (resolve, compile)', (f) => /^(compileSourceTextModule|compileForInternalLoader|compileForPublicLoader|loadAndTranslate|_link|getModuleJobForImport|requireBuiltin)$/.test(f.functionName)],
  ['running modules’ top-level code', (f) => f.functionName === '' && f.lineNumber === 0 && /\/dist\//.test(f.url)],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['finding files', (f) => /^(discover|walk)$/.test(f.functionName)],
  ['reading files', (f) => /^(readFileSync|readFileHandle|readFile)$/.test(f.functionName)],
  ['YAML parse (parseDocument)', (f) => /^parseDocument\d*$/.test(f.functionName)],
  ['YAML → plain value', (f) => f.functionName === 'treeToValue'],
  ['schema (zod)', (f) => f.functionName === 'schemaIssues'],
  ['model (amounts, values)', (f) => f.functionName === 'buildDraft'],
  ['reporting findings', (f) => /Reporter$|^(prettyFindings|formatOne|report)$/.test(f.functionName)],
  ['layout (fill, measure, break, paginate)', (f) => /^(layoutDeclaration|layoutSheet)$/.test(f.functionName)],
  ['PDF (pdfkit, fonts)', (f) => /\/pdf-[^/]*\.js$/.test(f.url) && /^(addSheet|finish|createPdfWriter)$/.test(f.functionName)],
  ['XLSX', (f) => /\/workbook-[^/]*\.js$/.test(f.url) && /^(addSheet|finish|createXlsxWriter)$/.test(f.functionName)],
  ['rules and the rest of checking', (f) => /^(checkFile|checkOne)$/.test(f.functionName)],
];

/** Milliseconds per stage of one profile, with `total` and `other`. */
export function stagesOf(profileFile) {
  const p = JSON.parse(readFileSync(profileFile, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map();
  p.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const out = { total: 0, other: 0 };
  for (const [id, us] of time) {
    const chain = [];
    for (let x = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x).callFrame);
    const stage = STAGES.find(([, test]) => chain.some(test))?.[0] ?? 'other';
    out[stage] = (out[stage] ?? 0) + us / 1000;
    out.total += us / 1000;
  }
  return out;
}

/** Profiles `node args` `runs` times (median per stage). */
export function profile(node, args, { cwd, env, runs = 3, dir }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < runs; i++) spawnSync(node, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], { cwd, env, stdio: 'ignore' });
  const all = readdirSync(dir).map((f) => stagesOf(join(dir, f)));
  const keys = new Set(all.flatMap((s) => Object.keys(s)));
  const med = {};
  for (const k of keys) {
    const xs = all.map((s) => s[k] ?? 0).sort((a, b) => a - b);
    med[k] = xs[Math.floor(xs.length / 2)];
  }
  return med;
}

/** A markdown table of stages, one column per profile, largest first by the first column. */
export function stageTable(columns) {
  const names = Object.keys(columns);
  const keys = [...new Set(names.flatMap((n) => Object.keys(columns[n])))].filter((k) => k !== 'total');
  keys.sort((a, b) => (columns[names[0]][b] ?? 0) - (columns[names[0]][a] ?? 0));
  const cell = (v) => (v === undefined || v < 0.5 ? '' : `${v.toFixed(0)} ms`);
  const lines = [`| stage | ${names.join(' | ')} |`, `| --- |${names.map(() => ' ---: |').join('')}`];
  for (const k of keys) if (names.some((n) => (columns[n][k] ?? 0) >= 0.5)) lines.push(`| ${k} | ${names.map((n) => cell(columns[n][k])).join(' | ')} |`);
  lines.push(`| **total (CPU profile)** | ${names.map((n) => `**${cell(columns[n].total)}**`).join(' | ')} |`);
  return lines.join('\n');
}
