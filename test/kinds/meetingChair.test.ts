/**
 * Who chaired a thông báo kết luận: someone of the agency by id ("đồng chí <name> - <title>"), or anyone
 * else as written, as a Văn phòng announces what a Phó Thủ tướng or a Chủ tịch UBND concluded.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { bodyTexts, example, kindWorkspace, loadClean } from './support.js';

const NOTICE = example('2020-08-giao-ban.yaml');

const withChair = (chair: string) => NOTICE.replace(/^ {2}chair: van-cong-thoi.*$/m, `  chair: ${chair}`);

describe('meeting.chair of a thông báo kết luận', () => {
  it('an id of the profile prints "đồng chí <name> - <title in text>"', () => {
    const { model } = loadClean(kindWorkspace().write('data/tb.yaml', NOTICE));
    expect(bodyTexts(model)[0]).toContain('đồng chí Văn Công Thới - Giám đốc Sở đã chủ trì');
  });

  it('anyone else is printed as written, with no PERSON_UNKNOWN', () => {
    const path = kindWorkspace().write('data/tb.yaml', withChair('Phó Thủ tướng Chính phủ Trần Văn An'));
    const { model } = loadClean(path);
    expect(bodyTexts(model)[0]).toContain(', Phó Thủ tướng Chính phủ Trần Văn An đã chủ trì');
  });

  it('an id the profile lacks is still PERSON_UNKNOWN at its line', () => {
    const result = loadDocument(kindWorkspace().write('data/tb.yaml', withChair('nguyen-van-x')));
    const line = NOTICE.split('\n').findIndex((l) => l.startsWith('  chair:')) + 1;
    expect(result.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([['PERSON_UNKNOWN', line]]);
  });
});
