import type { DocPath } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source-file.js';
import type { RawDeclaration } from '../schema/declaration.js';
import { parseDate } from './dates.js';
import type { Amount, DateField, Declaration, Level1Group } from './declaration.js';
import { parseIndicatorValue } from './indicator-value.js';
import { parseAmount } from './money.js';

/** Raw (schema-checked) YAML value → typed model; values are parsed, never altered. */
export function buildModel(raw: RawDeclaration, source: SourceFile): Declaration {
  const amount = (value: number | string, path: DocPath): Amount => {
    // For YAML numbers judge the characters typed (`2810000.50`), not the float YAML made of them.
    const written = typeof value === 'number' ? source.scalar(path)?.raw ?? String(value) : value;
    return { written, parsed: parseAmount(written), path };
  };
  const optAmount = (value: number | string | undefined, path: DocPath): Amount | undefined =>
    value === undefined ? undefined : amount(value, path);
  const date = (written: string, path: DocPath): DateField => ({ written, parsed: parseDate(written), path });

  const f = raw.项目资金;
  const wl = f.项目资金总额;
  const an = f.年度资金申请总额;
  const wlPath = ['项目资金', '项目资金总额'];
  const anPath = ['项目资金', '年度资金申请总额'];

  const indicators: Level1Group[] = Object.entries(raw.绩效指标).map(([l1, groups]) => ({
    name: l1,
    path: ['绩效指标', l1],
    groups: Object.entries(groups ?? {}).map(([l2, items]) => ({
      name: l2,
      level1: l1,
      path: ['绩效指标', l1, l2],
      items: (items ?? []).flatMap((item, i) =>
        Object.entries(item).map(([name, value]) => ({
          level1: l1,
          level2: l2,
          name,
          path: ['绩效指标', l1, l2, i, name],
          raw: value,
          // For YAML numbers, judge the characters typed (`1e3`), as for amounts.
          value: parseIndicatorValue(value, name, typeof value === 'number' ? source.scalar(['绩效指标', l1, l2, i, name])?.raw : undefined),
        })),
      ),
    })),
  }));

  return {
    year: raw.年度,
    name: raw.项目名称,
    nature: raw.项目性质,
    category: raw.项目类别,
    department: raw.主管部门,
    unit: raw.实施单位,
    start: date(raw.计划开始日期, ['计划开始日期']),
    end: date(raw.计划完成日期, ['计划完成日期']),
    funds: {
      ...(wl && {
        wholeLife: {
          path: wlPath,
          total: optAmount(wl.合计, [...wlPath, '合计']),
          fiscal: amount(wl.财政资金, [...wlPath, '财政资金']),
          other: amount(wl.其他资金, [...wlPath, '其他资金']),
        },
      }),
      annual: {
        path: anPath,
        total: optAmount(an.合计, [...anPath, '合计']),
        current: amount(an.当年财政拨款, [...anPath, '当年财政拨款']),
        carryover: amount(an.上年结转资金, [...anPath, '上年结转资金']),
        other: amount(an.其他资金, [...anPath, '其他资金']),
      },
    },
    goals: {
      ...(raw.绩效目标.项目总目标 !== undefined && { overall: trimBlock(raw.绩效目标.项目总目标) }),
      annual: trimBlock(raw.绩效目标.年度总体目标),
    },
    indicators,
  };
}

/** A `|` block ends with a newline that is YAML syntax, not text. */
function trimBlock(s: string): string {
  return s.replace(/\s+$/, '');
}
