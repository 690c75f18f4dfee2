/**
 * The signature block as a profile person and a `signer:`: the authority form (KT., TM., TL. …) from
 * the first title line, the head's title after it, the signer's own post on the last line, and the
 * post some offices print again just above the name.
 */
import type { Authority } from '../kinds/commonFields.js';
import { AUTHORITIES } from '../kinds/commonFields.js';
import { recase } from './recase.js';

export interface SignatureRead {
  authority: Authority;
  /** The title lines as printed, upper case. */
  titleLines: string[];
  /** The signer's own post, sentence case ("Phó Giám đốc"). */
  title: string;
  /** The head of the agency's title when an authority line names it ("Giám đốc"). */
  headTitle?: string;
  /** The collective's name for TM. ("Ủy ban nhân dân"). */
  collective?: string;
  name?: string;
  /** The signer's own post printed under the signing space, above the name (ô 7b), as printed. */
  titleAboveName?: string;
}

const FORM = /^((?:TM|KT|TL|TUQ|Q)\.)\s*(.*)$/u;

export function readSignature(
  titleLines: string[],
  name: string | undefined,
  corpus: string,
  aboveName: string[] = [],
): SignatureRead {
  const forms: string[] = [];
  const named: string[] = [];
  for (const line of titleLines) {
    const m = FORM.exec(line);
    if (m) {
      forms.push(m[1]!);
      named.push(m[2]!);
    }
  }
  const joined = forms.join(' ');
  const authority = ((AUTHORITIES as readonly string[]).includes(joined) ? joined : 'none') as Authority;
  const own = titleLines.filter((l) => !FORM.test(l));
  const title = recase(own.join(' ') || named.at(-1) || '', corpus).text;
  const read: SignatureRead = { authority, titleLines, title, ...(name ? { name } : {}) };
  // Lines of one post wrapped in print join back into one; vanban breaks it again to fit.
  if (aboveName.length > 0) read.titleAboveName = aboveName.join(' ');
  const tm = forms.indexOf('TM.');
  if (tm >= 0) read.collective = recase(named[tm]!, corpus).text;
  const head = forms.findIndex((f) => f !== 'TM.');
  if (head >= 0 && named[head]) read.headTitle = recase(named[head]!, corpus).text;
  else if (authority === 'none' && own.length > 0) read.headTitle = title;
  return read;
}
