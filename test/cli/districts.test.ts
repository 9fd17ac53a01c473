// `pkp district add | list` and `pkp catalog adopt` end to end on both back ends: a broken Puskesmas
// list refused by row and field with nothing stored, a good one (semicolons, CRLF, a BOM) added with
// its admin, the province listed, and Pati's published 2023 catalog adopted as the new district's draft
// — once; a draft is not adopted.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCliOnSmallDemo } from './small-demo-cli.ts';

describeCliOnSmallDemo('pkp district add, list and pkp catalog adopt', ({ pkp, dir }) => {
  it('prints its usage', async () => {
    const help = await pkp('district', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pkp district add --province CODE');
    expect((await pkp('catalog', '--help')).stdout).toContain('pkp catalog adopt --district CODE');
  });

  it('refuses a broken list by row and field and stores nothing; adds a good one with its admin', async () => {
    const broken = join(dir(), 'broken.csv');
    await writeFile(broken, 'kode,nama,rawat_inap\nP3320001,Puskesmas Satu,ya\nP3318001,,mungkin\n');
    const refused = await pkp(
      'district',
      'add',
      '--province',
      '33',
      '--code',
      '3320',
      '--name',
      'Kabupaten Jepara',
      '--puskesmas',
      broken,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Kabupaten/kota tidak ditambahkan: 3 masalah');
    expect(refused.stderr).toContain(
      'baris 3, kode: P3318001 sudah dipakai oleh Puskesmas Pati I\nbaris 3, nama: kosong\n',
    );
    expect((await pkp('district', 'list', '--province', '33')).stdout).not.toContain('3320');

    // One problem is printed too, under its message.
    const one = join(dir(), 'one.csv');
    await writeFile(one, 'code,name,rawat_inap\nP3320001,Puskesmas Satu,perhaps\n');
    const single = await pkp(
      'district',
      'add',
      '--province',
      '33',
      '--code',
      '3320',
      '--name',
      'Kabupaten Jepara',
      '--puskesmas',
      one,
    );
    expect(single.stderr).toContain('baris 2, rawat_inap: "perhaps"');

    const good = join(dir(), 'jepara.csv');
    await writeFile(
      good,
      '\uFEFFKode;Nama;Rawat Inap\r\nP3320001;Puskesmas Bangsri I;ya\r\nP3320002;Puskesmas Mlonggo;tidak\r\n',
    );
    const added = await pkp(
      'district',
      'add',
      '--province',
      '33',
      '--code',
      '3320',
      '--name',
      'Kabupaten Jepara',
      '--puskesmas',
      good,
      '--admin',
      'admin.3320',
      '--password',
      'kata-sandi-awal-2024',
      '--by',
      'budi',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Kabupaten Jepara (3320) ditambahkan dengan 2 Puskesmas (1 rawat inap).');
    expect(added.stdout).toContain('Akun admin admin.3320 dibuat');

    const list = await pkp('district', 'list', '--province', '33');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/3318\s+Kabupaten Pati\s+3\s+2023 \(terbit\)/);
    expect(list.stdout).toMatch(/3320\s+Kabupaten Jepara\s+2\s+–/);

    const taken = await pkp(
      'district',
      'add',
      '--province',
      '33',
      '--code',
      '3318',
      '--name',
      'X',
      '--puskesmas',
      good,
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('Kode 3318 sudah dipakai oleh Kabupaten Pati');
    const usage = await pkp(
      'district',
      'add',
      '--province',
      '33',
      '--code',
      '33 20',
      '--name',
      'X',
      '--puskesmas',
      good,
    );
    expect([usage.code, usage.stderr.includes('--code:')]).toEqual([2, true]);
  });

  it("adopts Pati's published 2023 catalog as Jepara's draft, once; a draft is not adopted", async () => {
    const adopted = await pkp('catalog', 'adopt', '--district', '3320', '--year', '2023', '--from', '3318');
    expect(adopted.stderr).toBe('');
    expect(adopted.stdout).toContain(
      'Katalog Kabupaten Pati 2023 diadopsi sebagai konsep Kabupaten Jepara 2023',
    );
    const same = await pkp('catalog', '--district', '3320', '--year', '2023', '--json');
    const pati = await pkp('catalog', '--district', '3318', '--year', '2023', '--json');
    expect(same.stdout).toBe(pati.stdout);

    const again = await pkp('catalog', 'adopt', '--district', '3320', '--year', '2023', '--from', '3318');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Tahun 2023 sudah memiliki katalog');
    const list = join(dir(), 'rembang.csv');
    await writeFile(list, 'kode,nama,rawat_inap\nP3321001,Puskesmas Sulang,1\n');
    const rembang = [
      '--province',
      '33',
      '--code',
      '3321',
      '--name',
      'Kabupaten Rembang',
      '--puskesmas',
      list,
    ];
    expect((await pkp('district', 'add', ...rembang)).code).toBe(0);
    const draft = await pkp('catalog', 'adopt', '--district', '3321', '--year', '2023', '--from', '3320');
    expect(draft.code).toBe(1);
    expect(draft.stderr).toContain('Katalog Kabupaten Jepara tahun 2023 belum diterbitkan');
    const unknown = await pkp('catalog', 'adopt', '--district', '3320', '--year', '2024', '--from', '9999');
    expect(unknown.stderr).toContain('Kabupaten/kota dengan kode 9999 tidak ditemukan');
  });
});
