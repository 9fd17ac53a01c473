// The demo district: Kabupaten Pati's 29 Puskesmas by name, with plausible (invented) figures.

export interface DemoPuskesmas {
  code: string;
  name: string;
  rawatInap: boolean;
  population: number;
  villages: number;
}

const NAMES: [name: string, rawatInap: boolean][] = [
  ['Pati I', false],
  ['Pati II', false],
  ['Gabus I', true],
  ['Gabus II', false],
  ['Kayen', true],
  ['Sukolilo I', true],
  ['Sukolilo II', false],
  ['Tambakromo', true],
  ['Winong I', true],
  ['Winong II', false],
  ['Pucakwangi I', true],
  ['Pucakwangi II', false],
  ['Jaken', true],
  ['Batangan', true],
  ['Juwana', true],
  ['Jakenan', true],
  ['Margorejo', false],
  ['Gembong', true],
  ['Tlogowungu', true],
  ['Wedarijaksa I', true],
  ['Wedarijaksa II', false],
  ['Trangkil', true],
  ['Margoyoso I', true],
  ['Margoyoso II', false],
  ['Gunungwungkal', true],
  ['Cluwak', true],
  ['Tayu I', false],
  ['Tayu II', true],
  ['Dukuhseti', true],
];

export const DEMO_DISTRICT = {
  code: '3318',
  name: 'Kabupaten Pati',
  province: { code: '33', name: 'Jawa Tengah' },
};

export function demoPuskesmasList(random: { int(min: number, max: number): number }): DemoPuskesmas[] {
  return NAMES.map(([name, rawatInap], i) => ({
    code: `P3318${String(i + 1).padStart(3, '0')}`,
    name: `Puskesmas ${name}`,
    rawatInap,
    population: random.int(28_000, 85_000),
    villages: random.int(8, 22),
  }));
}
