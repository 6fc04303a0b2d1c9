import { isLevel1, level1Of, type Level1 } from '../model/taxonomy.js';

/**
 * The 一级指标 a form speaks about, wherever it put them: a 一级 group, a
 * 二级 group whose home is that 一级 (数量指标 written at the top, or
 * 服务对象满意度指标 under 效益指标), or a group named after it one level
 * too deep (成本指标 under 产出指标, as in the older indicator system). A
 * category that is there but misplaced is the placement rules' finding; the
 * rules about missing categories must not also call it missing.
 */
export function level1Present(groups: readonly { readonly name: string; readonly groups: readonly { readonly name: string }[] }[]): ReadonlySet<Level1> {
  const present = new Set<Level1>();
  const note = (name: string) => {
    if (isLevel1(name)) present.add(name);
    else {
      const home = level1Of(name);
      if (home) present.add(home);
    }
  };
  for (const l1 of groups) {
    note(l1.name);
    for (const l2 of l1.groups) note(l2.name);
  }
  return present;
}
