// Generates N distinct, valid declarations from the six examples: names,
// amounts and indicator counts vary so no two files are alike.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function generateDeclarations(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
  for (let i = 0; i < n; i++) {
    // 2.5–11.5 million 元: above every example's cost indicators (网络安全和信息化工作 fixes 130 万元 and caps 112 万元), so each file stays valid.
    const yuan = 2500000 + ((i * 7919) % 9000000);
    const amount = `${yuan.toLocaleString('en-US')}.${String(i % 100).padStart(2, '0')}`;
    let text = examples[i % examples.length]
      .replace(/^项目名称: (.*)$/m, (_, name) => `项目名称: ${name}（第${i + 1}号）`)
      // Single-year examples only: keep every column consistent by rewriting the annual column as a whole.
      .replace(/  年度资金申请总额:\n    合计: .*\n    当年财政拨款: .*\n/, `  年度资金申请总额:\n    合计: ${amount}\n    当年财政拨款: ${amount}\n`);
    if (text.includes('项目资金总额:')) text = text.replace(/  项目资金总额:\n    合计: .*\n    财政资金: .*\n/, `  项目资金总额:\n    合计: ${amount}\n    财政资金: ${amount}\n`);
    writeFileSync(join(dir, `项目${String(i + 1).padStart(5, '0')}.yaml`), text);
  }
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [dir = 'bench/.work/generated', n = '1000'] = process.argv.slice(2);
  generateDeclarations(dir, Number(n));
  console.log(`${n} declarations in ${dir}`);
}
