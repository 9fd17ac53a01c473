// The accounts screen's search: by name, username, unit (name or code) and role, as an admin types it.

export interface SearchableUser {
  name: string;
  username: string;
  orgUnit: { code: string; name: string };
}

const NOT_A_LETTER = /[^\p{L}\p{N}]+/u;

/**
 * True when every word typed begins a word of the account: "pat ii" finds "Pelaksana Pati II" and not
 * "Pati I"; "kap" finds the role "Kepala Puskesmas" and the username "kapus.p3318001". A typed word with a
 * dot or a dash in it ("kapus.p33") is looked for as typed, anywhere. An empty search finds everyone.
 */
export function userMatches(user: SearchableUser, query: string, roleLabel: string): boolean {
  const typed = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (typed.length === 0) return true;
  const text =
    `${user.name} ${user.username} ${user.orgUnit.name} ${user.orgUnit.code} ${roleLabel}`.toLowerCase();
  const own = text.split(NOT_A_LETTER).filter(Boolean);
  return typed.every((w) => (NOT_A_LETTER.test(w) ? text.includes(w) : own.some((o) => o.startsWith(w))));
}
