/** The ZIP and XML readers under the linter: what they accept, what they refuse, and the limits. */
import { describe as group, expect, it } from 'vitest';
import { LimitError } from '../../src/lint/limits.js';
import { openZip, ZipError } from '../../src/lint/zip.js';
import { attr, child, parseXml, textContent, XmlError } from '../../src/lint/xml.js';
import { zip } from './support/zipWriter.js';

group('zip', () => {
  it('reads stored and deflated entries', () => {
    for (const store of [true, false]) {
      const archive = openZip(zip(new Map([['a/b.xml', '<x>ệ</x>']]), { store }));
      expect(archive.names()).toEqual(['a/b.xml']);
      expect(archive.read('a/b.xml')!.toString('utf8')).toBe('<x>ệ</x>');
      expect(archive.read('missing')).toBeUndefined();
    }
  });

  it('refuses an entry that inflates past the limit (zip bomb)', () => {
    const archive = openZip(zip(new Map([['big', 'a'.repeat(100_000)]])), {
      maxEntries: 10,
      maxEntryBytes: 10_000,
    });
    expect(() => archive.read('big')).toThrow(LimitError);
  });

  it('refuses too many entries, truncated archives and non-zips', () => {
    const many = new Map(Array.from({ length: 20 }, (_, i) => [`f${i}`, 'x'] as [string, string]));
    expect(() => openZip(zip(many), { maxEntries: 10, maxEntryBytes: 1000 })).toThrow(LimitError);
    const whole = zip(new Map([['a', 'hello']]));
    expect(() => openZip(whole.subarray(0, whole.length - 30))).toThrow(ZipError);
    expect(() => openZip(new TextEncoder().encode('PK not really a zip file at all'))).toThrow(ZipError);
  });

  it('reports corrupt deflate data as a ZipError', () => {
    const bytes = zip(new Map([['a', new Uint8Array([0xff, 0xff, 0xff, 0xff])]]), { store: true });
    // Mark the stored entry as deflated in both headers: its bytes are not valid deflate data.
    const buf = Buffer.from(bytes);
    buf.writeUInt16LE(8, 8);
    const central = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt16LE(8, central + 10);
    expect(() => openZip(buf).read('a')).toThrow(ZipError);
  });
});

group('xml', () => {
  it('decodes the five entities and numeric references, nothing else', () => {
    const root = parseXml('<r a="&lt;&#x1EC7;&amp;">&quot;x&apos; &#7879; &nbsp;</r>');
    expect(attr(root, 'a')).toBe('<ệ&');
    expect(textContent(root)).toBe('"x\' ệ &nbsp;');
  });

  it('ignores a DOCTYPE and never expands its entities (billion laughs)', () => {
    const xml = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><r>&b;</r>';
    expect(textContent(parseXml(xml))).toBe('&b;');
  });

  it('resolves namespace prefixes to the conventional ones', () => {
    const root = parseXml(
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p x:rsid="1"/></x:body></x:document>',
    );
    expect(root.name).toBe('w:document');
    const p = child(child(root, 'w:body'), 'w:p');
    expect(attr(p, 'w:rsid')).toBe('1');
  });

  it('refuses malformed and absurdly nested input', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a')).toThrow(XmlError);
    expect(() => parseXml('<a>'.repeat(1000) + '</a>'.repeat(1000))).toThrow(LimitError);
  });
});
