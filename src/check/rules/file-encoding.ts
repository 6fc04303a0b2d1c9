import { text } from '../../diagnostics/types.js';
import { defineLoadRule } from '../rule.js';

/** Reported by the loader (src/load/) while reading the file. */
export const fileEncoding = defineLoadRule({
  id: 'file-encoding',
  severity: 'error',
  docs: {
    title: text('文件不是 UTF-8 编码', 'File is not UTF-8'),
    description: text(
      '申报文件必须是 UTF-8 编码（带不带 BOM 都可以）。Windows 中文版的记事本和部分办公软件默认保存为 GBK/GB2312，用 UTF-8 读取会把中文全部读错，所以直接拒绝并提示转换：在编辑器中“另存为 → 编码 UTF-8”，或用 iconv -f GBK -t UTF-8 转换。',
      'Declarations must be UTF-8 (with or without BOM). Chinese Windows tools often save GBK/GB2312, which would garble every label, so such files are refused with a hint to convert them (Save as → UTF-8, or iconv -f GBK -t UTF-8).',
    ),
    examples: { bad: '（以 GBK 编码保存的文件）', good: '（以 UTF-8 编码保存的同一文件）' },
  },
});
