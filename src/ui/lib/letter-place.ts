// Where a Dinkes letter is dated: the district's town, as letters print it ("Pati, 19 Februari 2024").

/** "Kabupaten Pati" → "Pati", "Kota Semarang" → "Semarang". */
export function letterPlace(district: string): string {
  return district.replace(/^(Kabupaten|Kab\.|Kota)\s+/i, '').trim();
}
