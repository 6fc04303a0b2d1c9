import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The bundled default, Noto Serif SC: a Song-style (明朝/宋体) serif like the
 * official forms, under the OFL, covering GB 18030's common ideographs. The
 * package ships full TTFs (not WOFF, which pdfkit handles ~100× slower).
 */
export function bundledFontPath(weight: 'regular' | 'bold'): string {
  return weight === 'regular'
    ? require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')
    : require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf');
}
