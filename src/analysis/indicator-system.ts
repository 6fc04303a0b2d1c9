import { LEVEL2_BY_LEVEL1, type Level1 } from '../model/taxonomy.js';

/**
 * Indicator systems (指标体系) as profiles. The Ministry of Finance's current
 * system (2021 onwards) has four 一级; the older one, still printed on many
 * provinces' forms, put 成本指标 under 产出指标 and satisfaction under
 * 效益指标. Some regions also use their own labels for the same levels
 * (项目完成指标 for 产出指标). A form is judged by the system it follows:
 * checking an older form against the current system only produces a cascade
 * of findings that contradict each other.
 */
export type SystemId = 'current' | 'legacy';

export interface IndicatorSystem {
  readonly id: SystemId;
  /** canonical 一级 → the 二级 labels allowed under it. */
  readonly level2: Readonly<Record<Level1, readonly string[]>>;
  /** 一级 (canonical) a complete form of this system has. */
  readonly expected: readonly Level1[];
  /** Regional labels → canonical labels (一级 or 二级), from the configuration. */
  readonly labels: ReadonlyMap<string, string>;
}

export const CURRENT: IndicatorSystem = {
  id: 'current',
  level2: LEVEL2_BY_LEVEL1,
  expected: ['成本指标', '产出指标', '效益指标', '满意度指标'],
  labels: new Map(),
};

/** Satisfaction groups as older forms label them. */
export const LEGACY_SATISFACTION = ['服务对象满意度指标', '社会公众或服务对象满意度指标', '满意度指标'];

export const LEGACY: IndicatorSystem = {
  id: 'legacy',
  level2: {
    成本指标: LEVEL2_BY_LEVEL1.成本指标,
    产出指标: [...LEVEL2_BY_LEVEL1.产出指标, '成本指标'],
    效益指标: [...LEVEL2_BY_LEVEL1.效益指标, ...LEGACY_SATISFACTION],
    满意度指标: LEGACY_SATISFACTION,
  },
  expected: ['产出指标', '效益指标'],
  labels: new Map(),
};

export function systemById(id: SystemId): IndicatorSystem {
  return id === 'legacy' ? LEGACY : CURRENT;
}

/** A system with the unit's own labels added (`项目完成指标: 产出指标`). */
export function withLabels(system: IndicatorSystem, labels: Readonly<Record<string, string>>): IndicatorSystem {
  return { ...system, labels: new Map([...system.labels, ...Object.entries(labels)]) };
}

/**
 * Regional 一级 labels seen on published forms, and the level each stands
 * for. Used only to recognise such a form and say how to configure it;
 * the configuration's `labels` is what makes them valid.
 */
export const KNOWN_REGIONAL_LEVEL1: ReadonlyMap<string, Level1> = new Map<string, Level1>([
  ['项目完成指标', '产出指标'],
  ['完成指标', '产出指标'],
  ['项目产出指标', '产出指标'],
  ['项目效益指标', '效益指标'],
  ['项目效果指标', '效益指标'],
  ['效果指标', '效益指标'],
  ['项目成本指标', '成本指标'],
  ['项目满意度指标', '满意度指标'],
]);

/** The shape the reading needs: 一级 groups with their 二级 labels. */
export interface GroupShape {
  readonly name: string;
  readonly groups: readonly { readonly name: string }[];
}

/** One place where a form follows the older system. */
export interface LegacyMark {
  readonly level1: string;
  readonly level2: string;
  /** Index of the 一级 group and of the 二级 group in it. */
  readonly at: readonly [number, number];
  readonly what: 'cost-under-output' | 'satisfaction-under-effect' | 'satisfaction-under-satisfaction';
}

export interface LayoutReading {
  /** The system the form's layout follows. */
  readonly follows: SystemId;
  /** Where the form follows the older system (empty for a current one). */
  readonly legacyMarks: readonly LegacyMark[];
  /** 一级 labels that are regional names: written → canonical, and whether the configuration maps them. */
  readonly regional: readonly { readonly written: string; readonly canonical: Level1; readonly configured: boolean }[];
}

/** The canonical 一级 a written label stands for under `system`, if any. A label mapped to a 一级 applies at that level only. */
export function canonicalLevel1(label: string, system: IndicatorSystem): Level1 | undefined {
  const mapped = system.labels.get(label) ?? label;
  return Object.hasOwn(system.level2, mapped) ? (mapped as Level1) : undefined;
}

/** The canonical 二级 a written label stands for: the configured map when it maps to a 二级, else itself. */
export function canonicalLevel2(label: string, system: IndicatorSystem): string {
  const mapped = system.labels.get(label);
  return mapped !== undefined && !Object.hasOwn(system.level2, mapped) ? mapped : label;
}

/**
 * Which system a form's layout follows, and why. A form is read as older
 * when it places 成本指标 under 产出指标 or satisfaction under 效益指标 (or
 * nests 满意度指标 › 满意度指标) and has no 一级 成本指标 of its own: a form
 * that has both is a current form with a misplaced group, which the
 * placement rules report.
 */
export function readLayout(groups: readonly GroupShape[], system: IndicatorSystem): LayoutReading {
  const regional: { written: string; canonical: Level1; configured: boolean }[] = [];
  // A regional name is read as such only when the form does not also have the standard 一级 it stands for.
  const literal = new Set(groups.map((g) => g.name));
  const canon = (l1: string): string | undefined => {
    const c = canonicalLevel1(l1, system);
    if (c) {
      if (c !== l1) regional.push({ written: l1, canonical: c, configured: true });
      return c;
    }
    const known = KNOWN_REGIONAL_LEVEL1.get(l1);
    if (!known || literal.has(known)) return undefined;
    regional.push({ written: l1, canonical: known, configured: false });
    return known;
  };
  const marks: LegacyMark[] = [];
  let hasCostLevel1 = false;
  groups.forEach((g, i) => {
    const l1 = canon(g.name);
    if (l1 === '成本指标') hasCostLevel1 = true;
    g.groups.forEach((l2, j) => {
      const c2 = canonicalLevel2(l2.name, system);
      const at = [i, j] as const;
      if (l1 === '产出指标' && c2 === '成本指标') marks.push({ level1: g.name, level2: l2.name, at, what: 'cost-under-output' });
      if (l1 === '效益指标' && LEGACY_SATISFACTION.includes(c2)) marks.push({ level1: g.name, level2: l2.name, at, what: 'satisfaction-under-effect' });
      if (l1 === '满意度指标' && c2 === '满意度指标') marks.push({ level1: g.name, level2: l2.name, at, what: 'satisfaction-under-satisfaction' });
    });
  });
  const costMarks = marks.some((m) => m.what === 'cost-under-output');
  const follows: SystemId = marks.length > 0 && !(costMarks && hasCostLevel1) ? 'legacy' : 'current';
  return { follows, legacyMarks: follows === 'legacy' ? marks : [], regional };
}

/**
 * The system a file is checked against: the configured one, unless the
 * configuration says nothing and the form plainly follows the older system —
 * then the older one, with a single finding that says so (never a cascade).
 */
export function effectiveSystem(configured: IndicatorSystem, explicit: boolean, reading: LayoutReading): IndicatorSystem {
  if (explicit || configured.id === 'legacy' || reading.follows === 'current') return configured;
  return { ...LEGACY, labels: configured.labels };
}

/** A system that also knows the regional labels the form used, so the other rules see through them. */
export function withRegional(system: IndicatorSystem, reading: LayoutReading): IndicatorSystem {
  const extra = reading.regional.filter((r) => !r.configured);
  if (extra.length === 0) return system;
  return { ...system, labels: new Map([...system.labels, ...extra.map((r) => [r.written, r.canonical] as const)]) };
}

/**
 * The `profile:` a configuration (or `--profile`) sets: the indicator
 * system and the unit's own labels. `explicit` is false when nothing was
 * set, so the system is the default and a form in the older system is
 * recognised rather than judged against the current one.
 */
export interface ProfileSetting {
  /** Absent when only labels are configured: the system is then recognised from the form, as with no profile. */
  readonly system?: SystemId;
  /** Regional label → canonical label: `项目完成指标: 产出指标`. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** What the rules of one file see: the system it is checked against and why. */
export interface ProfileView {
  /** The system the taxonomy rules check against (the configured one, or the older one when recognised). */
  readonly system: IndicatorSystem;
  /** True when a configuration or --profile chose the system. */
  readonly explicit: boolean;
  readonly reading: LayoutReading;
}

export function profileView(groups: readonly GroupShape[] | undefined, setting: ProfileSetting | undefined): ProfileView {
  const configured = withLabels(systemById(setting?.system ?? 'current'), setting?.labels ?? {});
  const explicit = setting?.system !== undefined;
  const reading = readLayout(groups ?? [], configured);
  return { system: withRegional(effectiveSystem(configured, explicit, reading), reading), explicit, reading };
}

/**
 * The canonical 一级 of a group under `system`, and the canonical label of
 * each of its 二级: what the taxonomy rules compare, whatever the form calls them.
 */
export function canonicalGroups(groups: readonly GroupShape[], system: IndicatorSystem) {
  return groups.map((g) => ({ group: g, level1: canonicalLevel1(g.name, system), level2: g.groups.map((l2) => canonicalLevel2(l2.name, system)) }));
}

/**
 * The categories (一级, canonical) a form speaks about, wherever it put them
 * under `system`: a 一级 group, a 二级 group whose home is that 一级, and
 * the older system's places (成本指标 under 产出指标, satisfaction under
 * 效益指标). A category that is there, even misplaced, is never "missing".
 */
export function categoriesPresent(groups: readonly GroupShape[], system: IndicatorSystem): ReadonlySet<Level1> {
  const present = new Set<Level1>();
  for (const { level1, level2 } of canonicalGroups(groups, system)) {
    if (level1) present.add(level1);
    for (const c2 of level2) {
      if (Object.hasOwn(system.level2, c2)) present.add(c2 as Level1);
      else if (LEGACY_SATISFACTION.includes(c2)) present.add('满意度指标');
      else {
        const home = (Object.keys(CURRENT.level2) as Level1[]).find((l1) => CURRENT.level2[l1].includes(c2));
        if (home) present.add(home);
      }
    }
  }
  return present;
}

/** What a profile's label may stand for: a 一级, or a 二级 of either system. */
export const PROFILE_LABEL_TARGETS = [
  ...new Set([...(Object.keys(CURRENT.level2) as string[]), ...Object.values(CURRENT.level2).flat(), ...LEGACY_SATISFACTION]),
] as [string, ...string[]];

/** The profile a configuration wrote (`legacy`, or `{ system, labels }`), as the checker takes it. */
export function profileSetting(written: SystemId | { readonly system?: SystemId | undefined; readonly labels?: Readonly<Record<string, string>> | null | undefined }): ProfileSetting {
  if (typeof written === 'string') return { system: written };
  return { ...(written.system && { system: written.system }), ...(written.labels && { labels: written.labels }) };
}
