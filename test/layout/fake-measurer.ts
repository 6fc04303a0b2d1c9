import type { Measurer, Weight } from '../../src/layout/measure.js';

/**
 * A font where every CJK character and full-width form is 1 em and
 * everything else half an em, so expected line breaks can be worked out by
 * hand. Code points listed in `missing` have no glyph.
 */
export function fakeMeasurer(missing: readonly number[] = []): Measurer {
  const gone = new Set(missing);
  return {
    glyph(cp: number, weight: Weight) {
      if (gone.has(cp)) return undefined;
      const wide = cp >= 0x2e80 || (cp >= 0x2000 && cp <= 0x206f && cp !== 0x2010);
      return { face: weight === 'bold' ? 'fake-bold' : 'fake', fauxBold: false, advance: wide ? 1 : 0.5 };
    },
  };
}
