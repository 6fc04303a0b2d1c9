import { describe, expect, it } from 'vitest';
import { DocumentDateError, documentDate, FIXED_DOCUMENT_DATE } from '../../src/writers/document-date.js';
import { outputStem } from '../../src/cli/commands/render.js';
import { summaryFileStem, visibleName } from '../../src/summary/naming.js';

describe('the documents’ date', () => {
  it('is fixed unless SOURCE_DATE_EPOCH says otherwise', () => {
    expect(documentDate({})).toEqual(FIXED_DOCUMENT_DATE);
    expect(documentDate({ SOURCE_DATE_EPOCH: ' ' })).toEqual(FIXED_DOCUMENT_DATE);
    expect(documentDate({ SOURCE_DATE_EPOCH: '1735689600' }).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(documentDate({ SOURCE_DATE_EPOCH: '315532800' }).toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it.each(['315532799', '4102444800', '99999999999999999999', 'abc', '1e9', '-5', '17.5'])('refuses SOURCE_DATE_EPOCH=%s in plain words: documents cannot carry it', (value) => {
    expect(() => documentDate({ SOURCE_DATE_EPOCH: value })).toThrow(DocumentDateError);
    try {
      documentDate({ SOURCE_DATE_EPOCH: value });
    } catch (e) {
      expect((e as DocumentDateError).text.zh).toContain(`“${value}”，不是 1980 年到 2099 年之间的日期`);
    }
  });
});

describe('output names', () => {
  it('are never hidden: a leading dot (a hidden file on Linux and macOS) is dropped', () => {
    expect(summaryFileStem('.网信办', 2025)).toBe('网信办2025年度项目绩效目标汇总表');
    expect(summaryFileStem('..', 2025)).toBe('2025年度项目绩效目标汇总表');
    expect(outputStem('/x/.机关服务费.yaml')).toBe('机关服务费');
    expect(outputStem('/x/.yaml')).toBe('yaml');
    expect(visibleName(' . ')).toBe('_');
  });
});
