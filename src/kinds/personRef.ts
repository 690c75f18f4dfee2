/**
 * A person named in the content: either the id of someone in the agency profile (printed "đồng chí
 * <name> - <title in text>") or, for anyone else, the words as written.
 */
import type { AgencyProfile } from '../profile/agencySchema.js';
import type { CrossCheckContext } from './documentKind.js';
import { checkPerson, findPerson } from './commonView.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function isPersonId(text: string): boolean {
  return ID.test(text);
}

/** An id must be in the profile (PERSON_UNKNOWN otherwise); free text is never checked. */
export function checkPersonRef(
  profile: AgencyProfile,
  ref: string,
  path: Array<string | number>,
  ctx: CrossCheckContext,
): void {
  if (isPersonId(ref)) checkPerson(profile, ref, path, ctx);
}

export interface PersonRefView {
  /** "đồng chí Văn Công Thới - Giám đốc Sở", or the text as written. */
  phrase: string;
  /** The bare name, for a signature: "Văn Công Thới", or the text as written. */
  name: string;
}

export function personRefView(profile: AgencyProfile, ref: string): PersonRefView {
  const person = isPersonId(ref) ? findPerson(profile, ref) : undefined;
  if (!person) return { phrase: ref, name: ref };
  return {
    phrase: `đồng chí ${person.name} - ${person.title_in_text ?? person.title}`,
    name: person.name,
  };
}
