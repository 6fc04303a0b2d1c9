// Two pathological declarations (issue #9, bounded cost) and, for each, a valid
// declaration of the same size to measure it against:
// - 20,000 malformed 指标值 (20,000 findings, each with a code frame);
// - 40,000 unknown top-level keys (40,000 findings, each with a "did you mean" search).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function indicators(lines) {
  return (
    '绩效指标:\n  成本指标:\n    经济成本指标:\n      - 引导评价成本: ≤1.10(万元/次)\n  产出指标:\n    数量指标:\n' +
    lines.join('') +
    '  效益指标:\n    社会效益指标:\n      - 网络环境: 进一步净化\n  满意度指标:\n    服务对象满意度指标:\n      - 网民满意度: ≥90(%)\n'
  );
}

/** A valid declaration with as many distinct indicators as it takes to reach `bytes`. */
function validOfSize(head, bytes) {
  const lines = [];
  let size = Buffer.byteLength(head + indicators([]));
  for (let i = 0; size < bytes; i++) {
    const line = `      - 检查指标${String(i).padStart(6, '0')}: ≥20(次)\n`;
    lines.push(line);
    size += Buffer.byteLength(line);
  }
  return head + indicators(lines);
}

export function generatePathological(dir) {
  mkdirSync(dir, { recursive: true });
  const base = readFileSync(join(root, 'examples/网络宣传工作.yaml'), 'utf8');
  const head = base.slice(0, base.indexOf('绩效指标:'));
  const badValues = head + indicators(Array.from({ length: 20_000 }, (_, i) => `      - 检查指标${String(i).padStart(6, '0')}: ≥abc\n`));
  const unknownKeys = base + Array.from({ length: 40_000 }, (_, i) => `未知的键${String(i).padStart(5, '0')}: 值\n`).join('');
  const files = {
    badValues: join(dir, 'bad-values.yaml'),
    badValuesBaseline: join(dir, 'bad-values-baseline.yaml'),
    unknownKeys: join(dir, 'unknown-keys.yaml'),
    unknownKeysBaseline: join(dir, 'unknown-keys-baseline.yaml'),
  };
  writeFileSync(files.badValues, badValues);
  writeFileSync(files.badValuesBaseline, validOfSize(head, Buffer.byteLength(badValues)));
  writeFileSync(files.unknownKeys, unknownKeys);
  writeFileSync(files.unknownKeysBaseline, validOfSize(head, Buffer.byteLength(unknownKeys)));
  return files;
}
