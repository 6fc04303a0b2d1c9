// `npm run bench`: one run, one machine, every figure as the median of several
// runs, ratios taken pair by pair (baseline and subject run back to back) so a
// noisy machine does not mislead. Prints a table and writes bench/RESULTS.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDeclarations } from './generate.mjs';
import { measureInstall } from './install-size.mjs';
import { generatePathological } from './pathological.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench/.work');
const bin = join(root, 'bin/declare.js');
const node = process.execPath;
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;
const N = 1000;

function timed(cmd, args, { env = {}, expect = 0 } = {}) {
  const rssFile = join(work, `rss-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, NO_COLOR: '1', CI: 'true', BENCH_RSS_FILE: rssFile, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== expect) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : {};
  rmSync(rssFile, { force: true });
  return { seconds, rss: usage.rss, cpu: usage.cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs baseline and subject back to back RUNS times; medians of each and of the per-pair ratio. */
function paired(baseline, subject, runs = RUNS) {
  const b = [];
  const s = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = baseline();
    const y = subject();
    b.push(x.seconds);
    s.push(y.seconds);
    ratios.push(y.seconds / x.seconds);
  }
  return { baseline: median(b), subject: median(s), ratio: median(ratios) };
}

function repeat(f, runs) {
  const xs = [];
  for (let i = 0; i < runs; i++) xs.push(f());
  return { seconds: median(xs.map((x) => x.seconds)), rss: Math.max(...xs.map((x) => x.rss ?? 0)) };
}

mkdirSync(work, { recursive: true });
const dir = generateDeclarations(join(work, `decl-${N}`), N);
const out = join(work, 'out');
const rows = [];
const fmt = (s) => `${s.toFixed(3)} s`;

// 1. validate 1,000 declarations vs read + yaml.parseDocument of the same files.
const v = paired(
  () => timed(node, [join(root, 'bench/floor.mjs'), dir]),
  () => timed(node, [bin, 'validate', dir, '--format', 'json']),
);
rows.push(['validate 1,000 declarations (whole process)', fmt(v.subject), `floor (read + yaml.parseDocument, 1 core): ${fmt(v.baseline)}`, `${v.ratio.toFixed(2)}×`, '≤ 1.0× floor']);
const v1 = paired(
  () => timed(node, [join(root, 'bench/floor.mjs'), dir]),
  () => timed(node, [bin, 'validate', dir, '--format', 'json'], { env: { DECLARE_THREADS: '1' } }),
);
rows.push(['… the same on one thread (DECLARE_THREADS=1)', fmt(v1.subject), `floor: ${fmt(v1.baseline)}`, `${v1.ratio.toFixed(2)}×`, '']);
// V8 collects garbage and compiles on background threads: even a one-thread run keeps a second core partly busy.
const cpuShare = [];
for (let i = 0; i < 3; i++) {
  const t = timed(node, ['--import', join(root, 'bench/peak-rss.mjs'), bin, 'validate', dir, '--format', 'json'], { env: { DECLARE_THREADS: '1' } });
  cpuShare.push(t.cpu / t.seconds);
}
const oneThreadCores = median(cpuShare);
rows.push(['… CPU time / wall time of that one-thread run', '', `${oneThreadCores.toFixed(2)} cores busy`, '', '']);

// How much a second core actually adds on this machine: the floor on half the files, alone vs two at once.
const halves = [generateDeclarations(join(work, 'half-a'), N / 2), generateDeclarations(join(work, 'half-b'), N / 2)];
const scaling = [];
for (let i = 0; i < RUNS; i++) {
  const alone = timed(node, [join(root, 'bench/floor.mjs'), halves[0]]).seconds;
  const t0 = process.hrtime.bigint();
  await Promise.all(halves.map((h) => new Promise((resolve) => spawn(node, [join(root, 'bench/floor.mjs'), h], { stdio: 'ignore' }).on('exit', resolve))));
  const both = Number(process.hrtime.bigint() - t0) / 1e9;
  scaling.push((2 * alone) / both);
}
const cores = median(scaling);
rows.push(['two floor runs at once vs one (what the 2nd core adds)', '', `throughput ${cores.toFixed(2)}× one core`, '', 'ideal 2.00×']);

// 2. --help vs bare node.
const h = paired(
  () => timed(node, ['-e', '0']),
  () => timed(node, [bin, '--help']),
  RUNS * 2,
);
rows.push(['declare --help (whole process)', fmt(h.subject), `node -e 0: ${fmt(h.baseline)}`, `${h.ratio.toFixed(2)}×`, '≤ 2× bare node']);

// 3. render one form, PDF + XLSX, whole process.
const one = join(root, 'examples/网络宣传工作.yaml');
const r = repeat(() => timed(node, [bin, 'render', one, '-o', out]), RUNS);
let office = 'LibreOffice not installed here (issue reports ≈5 s for the same XLSX → PDF)';
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
let officeRatio = '';
let officeSeconds;
if (soffice) {
  const lo = repeat(() => timed(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), join(out, '网络宣传工作.xlsx')]), 3);
  office = `LibreOffice XLSX → PDF: ${fmt(lo.seconds)}`;
  officeRatio = `${(lo.seconds / r.seconds).toFixed(1)}× faster`;
  officeSeconds = lo.seconds;
}
rows.push(['render one form, PDF + XLSX (whole process)', fmt(r.seconds), office, officeRatio, '< 0.5 s, ≥ 10× faster than an office suite']);

// 3b. import that form back from its PDF and from its XLSX, each against rendering it (whole process, paired).
const imported = join(work, 'imported');
for (const ext of ['pdf', 'xlsx']) {
  const i = paired(
    () => timed(node, [bin, 'render', one, '-o', out]),
    () => timed(node, [bin, 'import', join(out, `网络宣传工作.${ext}`), '-o', imported, '--force']),
  );
  rows.push([`import one form from its ${ext.toUpperCase()} (whole process)`, fmt(i.subject), `render of the same form: ${fmt(i.baseline)}`, `${i.ratio.toFixed(2)}× render`, '']);
}

// 4. summary of 1,000 declarations: time and peak memory.
const s = repeat(() => timed(node, ['--import', join(root, 'bench/peak-rss.mjs'), bin, 'summary', dir, '-o', out, '--no-progress']), quick ? 1 : 3);
rows.push(['summary of 1,000 declarations (whole process)', fmt(s.seconds), `peak RSS ${(s.rss / 1024 / 1024).toFixed(0)} MB`, '', '< 60 s and < 1 GB']);

// 5. What `npm install -D declare-cli` puts on a unit's disk: the packed tarball installed into an empty project.
const INSTALL_BUDGET_MB = 60;
const inst = measureInstall(root, join(work, 'install'));
rows.push([
  'consumer install (npm install of the packed tarball)',
  `${inst.installMB.toFixed(1)} MB`,
  `tarball ${inst.tarballMB.toFixed(1)} MB; node_modules: ${inst.packages.join(', ')}; 203 MB before issue #10`,
  `${(203 / inst.installMB).toFixed(1)}× smaller`,
  `≤ ${INSTALL_BUDGET_MB} MB`,
]);

// 6. Pathological files (issue #9): cost grows with the findings, in every output format. Each is measured
// against a valid file of the same size; the slowest format is reported.
const patho = generatePathological(join(work, 'pathological'));
for (const [label, bad, baseline] of [
  ['20,000 malformed 指标值 in one file', patho.badValues, patho.badValuesBaseline],
  ['40,000 unknown keys in one file', patho.unknownKeys, patho.unknownKeysBaseline],
]) {
  let worst;
  for (const format of ['pretty', 'json', 'sarif', 'gitlab', 'github']) {
    const p = paired(
      () => timed(node, [bin, 'validate', baseline, '--format', format]),
      () => timed(node, [bin, 'validate', bad, '--format', format], { expect: 1 }),
      quick ? 1 : 3,
    );
    if (!worst || p.subject > worst.subject) worst = { ...p, format };
  }
  rows.push([`validate ${label}, slowest format (${worst.format})`, fmt(worst.subject), `valid file of the same size: ${fmt(worst.baseline)}`, `${worst.ratio.toFixed(2)}×`, 'seconds, not minutes']);
}

const header = ['measurement', 'median', 'baseline / detail', 'ratio', 'target'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${RUNS} runs per figure (median)`;
const notes = [];
if (v.ratio > 1) {
  notes.push(
    `- **validate is ${v.ratio.toFixed(2)}× the single-core floor, not ≤ 1.0×.** On one thread it is ${v1.ratio.toFixed(2)}×: beyond parsing, each file is converted to plain data, checked against the zod schema, modelled and run through every rule. The checker spreads files over worker threads (a shared work counter, output identical to a serial run), which can only bring the ratio below 1.0× where a second core adds close to a core's worth of work; on this machine two independent parse runs at once deliver ${cores.toFixed(2)}× the throughput of one, so threads gain little here. A one-thread run already keeps ${oneThreadCores.toFixed(2)} cores busy (V8 collects garbage and compiles on background threads), leaving a second validation thread little of the second core.`,
  );
}
if (r.seconds >= 0.5) notes.push(`- **render one form takes ${fmt(r.seconds)}**, above the 0.5 s target.`);
if (officeSeconds !== undefined && officeSeconds / r.seconds < 10) {
  notes.push(
    `- **render is ${(officeSeconds / r.seconds).toFixed(1)}× faster than LibreOffice here, not 10×.** LibreOffice, once its profile exists, converts the XLSX in ${fmt(officeSeconds)} on this machine (the issue measured about 5 s). Of declare's ${fmt(r.seconds)}, about a third is starting Node and checking the file; most of the rest is reading the two 15 MB Chinese font files and loading pdfkit, fontkit and exceljs, which a single form cannot spread over more work.`,
  );
}
if (inst.installMB > INSTALL_BUDGET_MB) notes.push(`- **The consumer install takes ${inst.installMB.toFixed(1)} MB**, above the ${INSTALL_BUDGET_MB} MB budget.`);
const md = `# Benchmark results\n\nGenerated by \`npm run bench\` on ${machine}.\n\n${table}\n${notes.length ? `\n## Gaps\n\n${notes.join('\n')}\n` : ''}`;
writeFileSync(join(root, 'bench/RESULTS.md'), md);
console.log(md);
