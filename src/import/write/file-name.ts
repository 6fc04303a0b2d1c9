/** Windows reserves these names whatever the extension (CON.yaml cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
/** 80 characters: far below every file system's limit (255 bytes; a CJK character is 3 bytes in UTF-8). */
const MAX = 80;

/**
 * A file name (without extension) from a project name, valid on Windows,
 * macOS and Linux: characters no system allows (`\ / : * ? " < > |`, control
 * characters) become `_`, no trailing dot or space, no reserved device name,
 * at most 80 characters; `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback: string): string {
  let s = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...s].length > MAX) s = [...s].slice(0, MAX).join('').trim();
  s = s.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (s === '' || /^_+$/.test(s)) s = fallback;
  if (RESERVED.test(s)) s = `${s}_`;
  return s;
}
