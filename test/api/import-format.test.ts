import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { formatDeclaration } from '../../src/api/format.js';
import { importBytes, importFile } from '../../src/api/import.js';
import { render } from '../../src/api/render.js';
import { tempDir } from '../helpers/cli.js';
import { EXAMPLES, loadExample } from '../helpers/examples.js';

describe('import and fmt through src/api', () => {
  it('importFile gives the declaration text of each form; formatDeclaration leaves it as it is', async () => {
    const dir = tempDir();
    const file = join(dir, '机关服务费.xlsx');
    writeFileSync(file, (await render(loadExample('机关服务费'), { xlsx: true })).xlsx!);
    const r = await importFile(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.declarations.map((d) => [d.name, d.unreadable.length])).toEqual([['机关服务费', 0]]);
    expect(r.declarations[0]!.text).toBe(readFileSync(join(EXAMPLES, '机关服务费.yaml'), 'utf8'));
    const f = formatDeclaration('机关服务费.yaml', Buffer.from(r.declarations[0]!.text));
    expect(f.ok && f.changed).toBe(false);
  });

  it('a file that is no form says why, without throwing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.pdf'), '%PDF-1.4 broken');
    const r = await importFile(join(dir, 'x.pdf'));
    expect(!r.ok && r.reason).toBe('damaged');
  });

  it('what could not be read is listed with its place and message, in the language asked for', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await render(loadExample('机关服务费'), { xlsx: true })).xlsx! as unknown as ArrayBuffer);
    let cleared = '';
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cleared && cell.value === '≥2000.00(件次)') cleared = cell.address;
      }),
    );
    expect(cleared).not.toBe('');
    wb.worksheets[0]!.getCell(cleared).value = null;
    const sheet = wb.worksheets[0]!.name;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const [zh, en] = [await importBytes(bytes), await importBytes(bytes, { lang: 'en' })];
    expect(zh.ok && en.ok).toBe(true);
    if (!zh.ok || !en.ok) return;
    const [a, b] = [zh.declarations[0]!.unreadable, en.declarations[0]!.unreadable];
    expect(a.map((u) => [u.where, u.message.messageId])).toEqual([[{ sheet, cell: expect.any(String) }, 'no-value']]);
    expect(a[0]!.text).toContain('文件接收转发数量');
    expect(a[0]!.place).toContain(a[0]!.where!.cell);
    expect(b[0]!.text).not.toBe(a[0]!.text);
    expect(zh.declarations[0]!.text).toMatch(/- 文件接收转发数量: +# 未能识别：/);
  });

  it('a scanned PDF and a legacy .xls say what to do instead', async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.rect(50, 50, 400, 600).fill('#888');
    doc.end();
    await done;
    const scanned = await importBytes(Buffer.concat(chunks), { lang: 'en' });
    expect(!scanned.ok && [scanned.reason, scanned.text.includes('OCR')]).toEqual(['scanned', true]);
    const legacy = await importBytes(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));
    expect(!legacy.ok && [legacy.reason, legacy.text.includes('.xlsx')]).toEqual(['legacy-xls', true]);
  });
});
