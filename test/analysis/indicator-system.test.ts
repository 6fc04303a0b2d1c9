import { describe, expect, it } from 'vitest';
import { CURRENT, effectiveSystem, LEGACY, readLayout, withLabels, withRegional, canonicalLevel1 } from '../../src/analysis/indicator-system.js';

const shape = (tree: Record<string, string[]>) => Object.entries(tree).map(([name, l2]) => ({ name, groups: l2.map((n) => ({ name: n })) }));

describe('indicator systems', () => {
  it('a current form follows the current system', () => {
    const r = readLayout(shape({ 成本指标: ['经济成本指标'], 产出指标: ['数量指标'], 效益指标: ['社会效益指标'], 满意度指标: ['服务对象满意度指标'] }), CURRENT);
    expect(r).toEqual({ follows: 'current', legacyMarks: [], regional: [] });
  });

  it('成本 under 产出 and satisfaction under 效益: the older system', () => {
    const r = readLayout(shape({ 产出指标: ['数量指标', '成本指标'], 效益指标: ['社会效益指标', '社会公众或服务对象满意度指标'] }), CURRENT);
    expect(r.follows).toBe('legacy');
    expect(r.legacyMarks.map((m) => m.what)).toEqual(['cost-under-output', 'satisfaction-under-effect']);
    expect(effectiveSystem(CURRENT, false, r)).toMatchObject({ id: 'legacy' });
    // Chosen explicitly, the current system stays.
    expect(effectiveSystem(CURRENT, true, r)).toBe(CURRENT);
  });

  it('满意度指标 › 满意度指标 is the older system', () => {
    expect(readLayout(shape({ 产出指标: ['数量指标'], 效益指标: ['社会效益指标'], 满意度指标: ['满意度指标'] }), CURRENT).follows).toBe('legacy');
  });

  it('a current form with one misplaced cost group is still current (the placement rules report it)', () => {
    const r = readLayout(shape({ 成本指标: ['经济成本指标'], 产出指标: ['数量指标', '成本指标'], 效益指标: ['社会效益指标'] }), CURRENT);
    expect(r.follows).toBe('current');
  });

  it('regional 一级 labels are recognised, and mapped once configured', () => {
    const tree = shape({ 项目完成指标: ['数量指标', '成本指标'], 项目效益指标: ['社会效益指标', '服务对象满意度指标'] });
    const r = readLayout(tree, CURRENT);
    expect(r.regional).toEqual([
      { written: '项目完成指标', canonical: '产出指标', configured: false },
      { written: '项目效益指标', canonical: '效益指标', configured: false },
    ]);
    expect(r.follows).toBe('legacy');
    const seen = withRegional(effectiveSystem(CURRENT, false, r), r);
    expect(canonicalLevel1('项目完成指标', seen)).toBe('产出指标');
    const configured = withLabels(LEGACY, { 项目完成指标: '产出指标', 项目效益指标: '效益指标' });
    expect(readLayout(tree, configured).regional.every((x) => x.configured)).toBe(true);
  });
});
