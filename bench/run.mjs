// `npm run bench`: every figure of issue #15 (and of #9 and #10) in one run on
// one machine, printed as a table and written to bench/RESULTS.md.
//
// The machine it runs on may be shared and loaded, so absolute times mean
// little: each figure is a ratio against a baseline measured in the same run,
// the two run alternately (baseline, subject, baseline, subject, …) and the
// ratio is the median of the per-pair ratios. The load average is recorded
// next to each figure. Where a target is missed, a CPU profile of the
// processes concerned shows where the time goes (bench/profile.mjs).
//
//   npm run bench                  about five minutes
//   npm run bench -- --quick       fewer runs and smaller sizes, to try the bench itself
//   npm run bench -- --full        also the summary of 10,000 projects (several minutes more)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDeclarations } from './generate.mjs';
import { measureInstall } from './install-size.mjs';
import { generatePathological } from './pathological.mjs';
import { profile, stageTable } from './profile.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench/.work');
const bin = join(root, 'bin/declare.js');
const node = process.execPath;
const quick = process.argv.includes('--quick');
const full = process.argv.includes('--full');
const RUNS = quick ? 3 : 9;
const N = quick ? 200 : 1000;
const SUMMARY_SIZES = quick ? [100, 400] : full ? [500, 2000, 10000] : [500, 2000];
const env = { ...process.env, NO_COLOR: '1', CI: 'true' };

function timed(cmd, args, { env: extra = {}, expect = 0 } = {}) {
  const rssFile = join(work, `rss-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, BENCH_RSS_FILE: rssFile, ...extra }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
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

/** Baseline and subject alternately, `runs` pairs; medians of each and of the per-pair ratio subject / baseline. */
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

const load = () => loadavg()[0].toFixed(1);
const fmt = (s) => `${s.toFixed(3)} s`;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rows = [];
/** One line of the table; `met` true/false for a target, undefined for a detail. */
function row(measurement, value, baseline, ratio, target, met) {
  rows.push({ measurement, value, baseline, ratio, target, met, load: load() });
  console.log(`${met === undefined ? ' ' : met ? '✓' : '✗'} ${measurement}: ${value} ${ratio} (${baseline}; load ${load()})`);
}

mkdirSync(work, { recursive: true });
const loadAtStart = loadavg().map((x) => x.toFixed(1)).join(' ');
const uptime = () => spawnSync('uptime', { encoding: 'utf8' }).stdout?.trim() ?? '(uptime not available)';
const uptimeAtStart = uptime();
const dir = generateDeclarations(join(work, `decl-${N}`), N);
const out = join(work, 'out');
const one = join(root, 'examples/网络宣传工作.yaml');
const floor = (d) => timed(node, [join(root, 'bench/floor.mjs'), d]);
const validateAll = (threads) => timed(node, [bin, 'validate', dir, '--format', 'json'], threads ? { env: { DECLARE_THREADS: String(threads) } } : {});

// 1. render one form (PDF + XLSX) against validating the same file, and LibreOffice against render.
const rv = paired(
  () => timed(node, [bin, 'validate', one]),
  () => timed(node, [bin, 'render', one, '-o', out]),
);
row('render one form, PDF + XLSX (whole process)', fmt(rv.subject), `validate of the same file: ${fmt(rv.baseline)}`, `${rv.ratio.toFixed(2)}×`, '≤ 1.5× validate', rv.ratio <= 1.5);

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
let office;
if (soffice) {
  const loArgs = ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), join(out, '网络宣传工作.xlsx')];
  timed(soffice, loArgs); // once first: LibreOffice creates its user profile on the first run
  office = paired(
    () => timed(node, [bin, 'render', one, '-o', out]),
    () => timed(soffice, loArgs),
    quick ? 2 : 5,
  );
  row('LibreOffice converting that XLSX to PDF (whole process)', fmt(office.subject), `render: ${fmt(office.baseline)}`, `render ${office.ratio.toFixed(1)}× faster`, 'render ≥ 10× faster', office.ratio >= 10);
} else {
  row('LibreOffice converting that XLSX to PDF', 'not installed', 'apt-get install libreoffice-calc-nogui', '', 'render ≥ 10× faster', undefined);
}

// 2. validate 1,000 declarations against the floor: reading them and yaml.parseDocument with positions, one thread.
const v1 = paired(() => floor(dir), () => validateAll(1));
row(`validate ${N.toLocaleString('en-US')} declarations, one thread (DECLARE_THREADS=1)`, fmt(v1.subject), `floor (read + yaml.parseDocument): ${fmt(v1.baseline)}`, `${v1.ratio.toFixed(2)}×`, '≤ 1.2× floor', v1.ratio <= 1.2);
// V8 collects garbage and compiles on background threads: even a one-thread run keeps more than one core busy.
const cpuShare = median(
  Array.from({ length: 3 }, () => {
    const t = timed(node, ['--import', join(root, 'bench/peak-rss.mjs'), bin, 'validate', dir, '--format', 'json'], { env: { DECLARE_THREADS: '1' } });
    return t.cpu / t.seconds;
  }),
);
row('… CPU time / wall time of that one-thread run', '', `${cpuShare.toFixed(2)} cores busy`, '', '', undefined);
// Is a second core free? The floor on half the files, alone and two at once.
const halves = [generateDeclarations(join(work, 'half-a'), N / 2), generateDeclarations(join(work, 'half-b'), N / 2)];
const scalingRuns = [];
for (let i = 0; i < RUNS; i++) {
  const alone = floor(halves[0]).seconds;
  const t0 = process.hrtime.bigint();
  await Promise.all(halves.map((h) => new Promise((resolve) => spawn(node, [join(root, 'bench/floor.mjs'), h], { stdio: 'ignore' }).on('exit', resolve))));
  scalingRuns.push((2 * alone) / (Number(process.hrtime.bigint() - t0) / 1e9));
}
const scaling = median(scalingRuns);
const secondCoreFree = scaling >= 1.8;
row('two floor runs at once against one (what a second core adds here)', '', `throughput ${scaling.toFixed(2)}× one run`, '', 'a free core: ≥ 1.8×', undefined);
const vp = paired(() => floor(dir), () => validateAll());
row(
  `validate ${N.toLocaleString('en-US')} declarations, worker pool`,
  fmt(vp.subject),
  `floor: ${fmt(vp.baseline)}`,
  `${vp.ratio.toFixed(2)}×`,
  secondCoreFree ? '≤ 1.0× floor' : '≤ 1.0× floor where a second core is free (not here)',
  secondCoreFree ? vp.ratio <= 1.0 : undefined,
);

// 3. --help against bare node.
const h = paired(
  () => timed(node, ['-e', '0']),
  () => timed(node, [bin, '--help']),
  RUNS * 2,
);
row('declare --help (whole process)', fmt(h.subject), `node -e 0: ${fmt(h.baseline)}`, `${h.ratio.toFixed(2)}×`, '≤ 2× bare node', h.ratio <= 2);

// 4. import that form back from its PDF and from its XLSX, each against rendering it (issue #14).
const imported = join(work, 'imported');
for (const ext of ['pdf', 'xlsx']) {
  const i = paired(
    () => timed(node, [bin, 'render', one, '-o', out]),
    () => timed(node, [bin, 'import', join(out, `网络宣传工作.${ext}`), '-o', imported, '--force']),
    quick ? 2 : 5,
  );
  row(`import one form from its ${ext.toUpperCase()} (whole process)`, fmt(i.subject), `render of the same form: ${fmt(i.baseline)}`, `${i.ratio.toFixed(2)}× render`, '', undefined);
}

// 5. summary: peak memory and time at several sizes. Flat memory shows as the same peak at every size.
const summaries = [];
for (const n of SUMMARY_SIZES) {
  const d = generateDeclarations(join(work, `summary-${n}`), n);
  const t = timed(node, ['--import', join(root, 'bench/peak-rss.mjs'), bin, 'summary', d, '-o', join(work, `summary-out-${n}`), '--no-progress']);
  summaries.push({ n, ...t });
  row(`summary of ${n.toLocaleString('en-US')} projects (whole process)`, fmt(t.seconds), `peak RSS ${MB(t.rss)}`, `${((t.seconds / n) * 1000).toFixed(1)} ms per project`, '', undefined);
  // Left to itself V8 grows its heap with the allocation rate rather than collect, so peak RSS rises with the work
  // done even when nothing is kept. The largest size again with the old generation capped at 64 MB: if it
  // completes, what the summary keeps is bounded and the rest of the peak is V8's choice of heap size.
  if (n === SUMMARY_SIZES.at(-1)) {
    let capped;
    try {
      capped = timed(node, ['--max-old-space-size=64', '--import', join(root, 'bench/peak-rss.mjs'), bin, 'summary', d, '-o', join(work, `summary-out-${n}`), '--no-progress']);
    } catch {
      capped = undefined; // out of memory: what the summary keeps does not fit in 64 MB at this size
    }
    summaries.capped = { n, ...capped, completed: capped !== undefined };
    row(
      `… the same with V8's old generation capped at 64 MB (--max-old-space-size=64)`,
      capped ? fmt(capped.seconds) : 'out of memory',
      capped ? `completes; peak RSS ${MB(capped.rss)}` : 'did not complete',
      capped ? `${(capped.seconds / t.seconds).toFixed(2)}× the time uncapped` : '',
      '',
      undefined,
    );
  }
  rmSync(d, { recursive: true, force: true });
  rmSync(join(work, `summary-out-${n}`), { recursive: true, force: true });
}
const [small, ...larger] = summaries;
const largest = summaries.at(-1);
const growth = largest.rss / small.rss;
// Per project, the time beyond the smallest run: linear time keeps it the same at every size.
const marginal = larger.map((s, i) => (s.seconds - (i === 0 ? small : larger[i - 1]).seconds) / (s.n - (i === 0 ? small : larger[i - 1]).n));
const linear = marginal.length < 2 || marginal.at(-1) <= marginal[0] * 1.25;
const perProject = (small.seconds / small.n) * 1000;
row(
  `summary memory, ${small.n.toLocaleString('en-US')} → ${largest.n.toLocaleString('en-US')} projects`,
  MB(largest.rss),
  `${MB(small.rss)} at ${small.n.toLocaleString('en-US')}`,
  `×${growth.toFixed(2)} for ×${largest.n / small.n} the projects`,
  largest.n >= 10000 ? '≤ 400 MB at 10,000 and independent of the number' : 'independent of the number (10,000: `--full`)',
  largest.n >= 10000 ? largest.rss <= 400 * 1024 * 1024 && growth <= 1.25 : growth <= 1.25,
);
row(
  `summary time, ${small.n.toLocaleString('en-US')} → ${largest.n.toLocaleString('en-US')} projects`,
  fmt(largest.seconds),
  `${fmt(small.seconds)} at ${small.n.toLocaleString('en-US')} (${perProject.toFixed(1)} ms per project)`,
  `${marginal.map((m) => `${(m * 1000).toFixed(1)}`).join(' → ')} ms per added project`,
  'linear in the number of projects',
  linear,
);

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
  row(`validate ${label}, slowest format (${worst.format})`, fmt(worst.subject), `valid file of the same size: ${fmt(worst.baseline)}`, `${worst.ratio.toFixed(2)}×`, 'seconds, not minutes', worst.subject < 60);
}

// 7. What `npm install -D declare-cli` puts on a unit's disk: the packed tarball installed into an empty project (issue #10).
const INSTALL_BUDGET_MB = 60;
const inst = measureInstall(root, join(work, 'install'));
row(
  'consumer install (npm install of the packed tarball)',
  `${inst.installMB.toFixed(1)} MB`,
  `tarball ${inst.tarballMB.toFixed(1)} MB; node_modules: ${inst.packages.join(', ')}; 203 MB before issue #10`,
  `${(203 / inst.installMB).toFixed(1)}× smaller`,
  `≤ ${INSTALL_BUDGET_MB} MB`,
  inst.installMB <= INSTALL_BUDGET_MB,
);

// Where the time goes: CPU profiles of the processes compared above.
const prof = (args, extra = {}, runs = 3) => profile(node, args, { cwd: root, env: { ...env, ...extra }, runs, dir: join(work, 'profiles') });
const renderStages = prof([bin, 'render', one, '-o', out]);
const validateStages = prof([bin, 'validate', one]);
const validateAllStages = prof([bin, 'validate', dir, '--format', 'json'], { DECLARE_THREADS: '1' }, 1);
const floorStages = prof([join(root, 'bench/floor.mjs'), dir], {}, 1);

const loadAtEnd = loadavg().map((x) => x.toFixed(1)).join(' ');
const header = ['measurement', 'median', 'baseline / detail', 'ratio', 'target', 'met', 'load'];
const table = [header, header.map(() => '---'), ...rows.map((r) => [r.measurement, r.value, r.baseline, r.ratio, r.target, r.met === undefined ? '' : r.met ? '✓' : '✗', r.load])]
  .map((r) => `| ${r.join(' | ')} |`)
  .join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${RUNS} pairs per ratio unless said (median of the per-pair ratios)`;
const gaps = notes();
const md = `# Benchmark results

Generated by \`npm run bench${full ? ' -- --full' : quick ? ' -- --quick' : ''}\` on ${machine}.

**Machine load** (\`uptime\`) at the start: \`${uptimeAtStart}\`; at the end: \`${uptime()}\`.
Load average (1, 5, 15 min) at the start ${loadAtStart}, at the end ${loadAtEnd}; the last column is the 1-minute load when each figure was taken.
${Number(loadAtStart.split(' ')[0]) > cpus().length / 2 ? 'Other work was loading this shared machine: absolute times are inflated and only ratios taken in the same run (baseline and subject alternately) mean anything. Re-run on an idle machine for absolute figures.' : ''}

${table}

## Where the time goes

CPU profiles (\`node --cpu-prof\`, median of 3 runs; one run for ${N.toLocaleString('en-US')} files) of the processes compared above,
each sample charged to the first of these stages on its stack (bench/profile.mjs).

${stageTable({ 'render one form': renderStages, 'validate that form': validateStages, [`validate ${N.toLocaleString('en-US')}, one thread`]: validateAllStages, [`floor, ${N.toLocaleString('en-US')}`]: floorStages })}
${gaps.length ? `\n## Targets not met here\n\n${gaps.join('\n\n')}\n` : ''}`;
writeFileSync(join(root, 'bench/RESULTS.md'), md);
console.log(`\n${md}`);

/** Why a target was missed, from this run's figures and profiles. */
function notes() {
  const out = [];
  const gap = (a, b) => `${Math.max(0, a - b).toFixed(0)} ms`;
  if (rv.ratio > 1.5) {
    out.push(
      `- **render is ${rv.ratio.toFixed(2)}× validate, not ≤ 1.5×** (in CPU time, from the profiles below: ${(renderStages.total / validateStages.total).toFixed(2)}×). Both processes start Node, load the checker and check the file; render then loads pdfkit, linebreak and fflate (${gap(renderStages['loading code (resolve, compile)'] + renderStages['running modules’ top-level code'], validateStages['loading code (resolve, compile)'] + validateStages['running modules’ top-level code'])} more code to load and run than validate), lays the form out (${(renderStages['layout (fill, measure, break, paginate)'] ?? 0).toFixed(0)} ms), and writes the PDF (${(renderStages['PDF (pdfkit, fonts)'] ?? 0).toFixed(0)} ms) and the XLSX (${(renderStages.XLSX ?? 0).toFixed(0)} ms); see the table above.`,
    );
  }
  if (office && office.ratio < 10) {
    out.push(
      `- **render is ${office.ratio.toFixed(1)}× faster than LibreOffice here, not 10×.** Once its user profile exists, LibreOffice converts this one-page workbook in ${fmt(office.subject)}. render itself cannot take less than validating the same file (${fmt(rv.baseline)} here: starting Node, loading the checker and checking), so 10× would need LibreOffice to take at least ${fmt(10 * rv.baseline)} on this machine; the issue measured 1.0–4.7 s.`,
    );
  }
  if (v1.ratio > 1.2) {
    const s = validateAllStages;
    const parse = (s['YAML parse (parseDocument)'] ?? 0) + (s['reading files'] ?? 0);
    out.push(
      `- **validate on one thread is ${v1.ratio.toFixed(2)}× the floor, not ≤ 1.2×.** Reading and parsing (the floor's whole work) are ${parse.toFixed(0)} ms of its profile; on top come the rules (${(s['rules and the rest of checking'] ?? 0).toFixed(0)} ms, most of it the review rules of issue #13), the model (${(s['model (amounts, values)'] ?? 0).toFixed(0)} ms), the schema check (${(s['schema (zod)'] ?? 0).toFixed(0)} ms), garbage collection (${(s['garbage collection'] ?? 0).toFixed(0)} ms) and loading the code (${((s['loading code (resolve, compile)'] ?? 0) + (s['running modules’ top-level code'] ?? 0)).toFixed(0)} ms).`,
    );
  }
  if (secondCoreFree && vp.ratio > 1.0) out.push(`- **validate with the worker pool is ${vp.ratio.toFixed(2)}× the floor, not ≤ 1.0×**, although a second core was free (${scaling.toFixed(2)}×).`);
  const summaryRows = rows.filter((r) => r.measurement.startsWith('summary') && r.met === false);
  for (const r of summaryRows) out.push(`- **${r.measurement}: ${r.value} (${r.ratio}), target ${r.target}.**`);
  if (summaryRows.some((r) => r.measurement.startsWith('summary memory')) && summaries.capped && !summaries.capped.completed) {
    out.push(
      `  With V8's old generation capped at 64 MB the ${summaries.capped.n.toLocaleString('en-US')} projects did not complete: what the summary keeps between its two passes (each project's overview row, page count, digest, and the identity and copy keys the cross-file rules compare: src/summary/collect.ts) grows with the number of projects, a few KB each. Making it independent of the number needs those kept outside the heap (or the cross-file rules run on a compact index), not done here.`,
    );
  }
  if (summaryRows.some((r) => r.measurement.startsWith('summary memory')) && summaries.capped?.completed) {
    const c = summaries.capped;
    out.push(
      `  What the summary keeps is bounded: the ${c.n.toLocaleString('en-US')} projects again with V8's old generation capped at 64 MB completed with a peak RSS of ${MB(c.rss)} (${MB(largest.rss)} uncapped at ${largest.n.toLocaleString('en-US')}, ${MB(small.rss)} uncapped at ${small.n.toLocaleString('en-US')}; about 100 MB of that is Node, the code and the fonts). Each project leaves a few hundred bytes between the passes (its overview row, page count, digest and identity: src/summary/collect.ts), and the XLSX and PDF are streamed; the uncapped peak grows because V8 sizes its heap by the allocation rate, not because more is kept.`,
    );
  }
  if (inst.installMB > INSTALL_BUDGET_MB) out.push(`- **The consumer install takes ${inst.installMB.toFixed(1)} MB**, above the ${INSTALL_BUDGET_MB} MB budget.`);
  return out;
}
