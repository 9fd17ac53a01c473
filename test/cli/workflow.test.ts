// `pkp status`, `pkp publish` and `pkp reopen` end to end, on both back ends, over the small demo (Pati I
// and II in draft, Gabus I submitted): the statuses, a publication refused until every year is final,
// then made; a reopening that withdraws it; check green.
import { expect, it } from 'vitest';
import { moveYear } from '../../src/app/workflow.service.ts';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import type { DistrictWorkflow } from '../../src/shared/api/workflow.schema.ts';
import type { PublishedRecap } from '../../src/shared/api/publication.schema.ts';
import { parseJson } from './helpers.ts';
import { describeCliOnSmallDemo } from './small-demo-cli.ts';

const COMMANDS = ['status', 'publish', 'reopen'] as const;

describeCliOnSmallDemo('pkp status, publish and reopen', ({ pkp, pkpWithEnv, open }) => {
  /** Takes every year of the demo district to final, as its Kepala Puskesmas, a verifier and the admin would. */
  const finaliseAll = async () => {
    const store = await open();
    try {
      const repos = storeRepositories(store);
      const deps = { uow: unitOfWork(store), clock: () => new Date('2024-02-01T02:00:00Z') };
      const district = (await repos.findOrgUnit('3318'))!;
      for (const { code } of await repos.listPuskesmas(district.id)) {
        const unit = (await repos.findOrgUnit(code))!;
        const at = async (
          move: 'submit' | 'verify' | 'finalise',
          role: 'kepala_puskesmas' | 'verifikator' | 'admin_dinkes',
        ) => {
          const { status } = (await repos.findAssessment(code, 2023))!;
          await moveYear(deps, {
            unit,
            year: 2023,
            move,
            expectedStatus: status,
            editor: { username: `uji.${role}`, role },
          });
        };
        if ((await repos.findAssessment(code, 2023))!.status === 'draft')
          await at('submit', 'kepala_puskesmas');
        await at('verify', 'verifikator');
        await at('finalise', 'admin_dinkes');
      }
    } finally {
      await store.close();
    }
  };

  it.each(COMMANDS)('pkp %s --help prints its usage, exit 0', async (name) => {
    const result = await pkp(name, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: pkp ${name}`);
    expect(result.stderr).toBe('');
  });

  it('lists every Puskesmas-year of the demo with its status: two drafts, one submitted, nothing published', async () => {
    const result = await pkp('status', '--district', '3318', '--year', '2023');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Status penilaian — Kabupaten Pati (3318), tahun 2023');
    expect(result.stdout).toMatch(/P3318001\s+Puskesmas Pati I\s+draf\s+–/);
    expect(result.stdout).toMatch(/P3318003\s+Puskesmas Gabus I\s+diajukan\s+2024-01-10/);
    expect(result.stdout).toContain('draf: 2   diajukan: 1');
    expect(result.stdout).toContain('Hasil belum dipublikasikan.');
    const json = parseJson<DistrictWorkflow>(
      await pkp('status', '--district', '3318', '--year', '2023', '--json'),
    );
    expect(json.rows).toHaveLength(3);
    expect(json.publishable).toBe(false);
  });

  it('refuses to publish while a year is not final, naming them: exit 1, nothing changed', async () => {
    const result = await pkp('publish', '--district', '3318', '--year', '2023');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Hasil Kabupaten Pati tahun 2023 belum dapat dipublikasikan: 3 Puskesmas belum final (Puskesmas Pati I,',
    );
    expect(result.stdout).toBe('');
  });

  it('says which option is missing: --district for status and publish, --reason for reopen (exit 2)', async () => {
    expect((await pkp('status', '--year', '2023')).code).toBe(2);
    expect((await pkp('publish', '--year', '2023')).stderr).toContain('--district is required');
    const reopen = await pkp('reopen', '--puskesmas', 'P3318001', '--year', '2023');
    expect(reopen.code).toBe(2);
    expect(reopen.stderr).toContain('--reason is required');
  });

  it('publishes once every year is final: the Kelompok and ranks, every year published', async () => {
    await finaliseAll();
    const ready = await pkp('status', '--district', '3318', '--year', '2023');
    expect(ready.stdout).toContain('final: 3');
    expect(ready.stdout).toContain('Semua final: siap dipublikasikan (pkp publish).');

    const result = await pkp('publish', '--district', '3318', '--year', '2023', '--by', 'admin.3318');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Hasil Kabupaten Pati (3318) tahun 2023 dipublikasikan: 3 Puskesmas, dari hasil verifikasi.',
    );
    expect(result.stdout).toMatch(/Kelompok I: \d+ {3}Kelompok II: \d+ {3}Kelompok III: \d+/);

    const status = await pkp('status', '--district', '3318', '--year', '2023');
    expect(status.stdout).toContain('dipublikasikan: 3');
    expect(status.stdout).toMatch(/Hasil dipublikasikan \d{4}-\d{2}-\d{2} oleh admin\.3318\./);

    const again = await pkp('publish', '--district', '3318', '--year', '2023');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Hasil Kabupaten Pati tahun 2023 sudah dipublikasikan.');
  });

  it('publishes the same Kelompok as the verified recap', async () => {
    const status = parseJson<DistrictWorkflow>(
      await pkp('status', '--district', '3318', '--year', '2023', '--json'),
    );
    expect(status.publication).not.toBeNull();
    const recap = parseJson<{
      rows: { puskesmas: { code: string }; kelompok: string | null; rank: number | null }[];
    }>(await pkp('recap', '--district', '3318', '--year', '2023', '--stage', 'verified', '--json'));
    const store = await open();
    try {
      const publication = (await storeRepositories(store).findActivePublication(
        (await storeRepositories(store).findOrgUnit('3318'))!.id,
        2023,
      ))!;
      const published = publication.recap as PublishedRecap;
      expect(published.rows.map((r) => [r.puskesmas.code, r.kelompok, r.rank])).toEqual(
        recap.rows.map((r) => [r.puskesmas.code, r.kelompok, r.rank]),
      );
    } finally {
      await store.close();
    }
  });

  it('reopens a published year with a reason, withdrawing the publication; check stays green', async () => {
    const result = await pkp(
      'reopen',
      '--puskesmas',
      'P3318001',
      '--year',
      '2023',
      '--reason',
      'Koreksi data K4 Desember',
      '--by',
      'admin.3318',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Penilaian Puskesmas Pati I tahun 2023 dibuka kembali: dipublikasikan → diverifikasi.',
    );
    expect(result.stdout).toContain('Publikasi hasil Kabupaten Pati tahun 2023 ditarik');

    const status = parseJson<DistrictWorkflow>(
      await pkp('status', '--district', '3318', '--year', '2023', '--json'),
    );
    expect(status.publication).toBeNull();
    expect(status.counts).toMatchObject({ verified: 1, final: 2, published: 0 });
    expect(status.publications[0]).toMatchObject({
      withdrawnBy: 'admin.3318',
      withdrawReason: 'Puskesmas Pati I (P3318001): Koreksi data K4 Desember',
    });
    const text = await pkp('status', '--district', '3318', '--year', '2023');
    expect(text.stdout).toContain('oleh admin.3318: Puskesmas Pati I (P3318001): Koreksi data K4 Desember');

    const check = await pkp('check', '--year', '2023', '--district', '3318');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('6 hasil tersimpan diperiksa');
  });

  it('refuses to reopen a year that is not final, in the user’s words (exit 1)', async () => {
    const reopen = ['reopen', '--puskesmas', 'P3318001', '--year', '2023', '--reason', 'x'];
    const result = await pkp(...reopen);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Langkah ini tidak berlaku untuk penilaian Puskesmas Pati I tahun 2023');
    const english = await pkpWithEnv({ PKP_LANG: 'en' }, ...reopen);
    expect(english.stderr).toContain('This step does not apply to the 2023 assessment of Puskesmas Pati I');
  });
});
