// "Analisis & RTL" of a Puskesmas-year: the indicators below target, the problem form, the priorities,
// and the RTL actions per problem.
import type { Locator, Page } from 'playwright-core';

export interface ActionFields {
  action: string;
  target: string;
  person: string;
  start: string;
  due: string;
  budget: string;
  status: 'Direncanakan' | 'Berjalan' | 'Selesai' | 'Batal';
}

export class AnalysisPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/analysis`);
    await this.page.locator('.gap-table').waitFor();
  }

  /** The row of an indicator below target. */
  gap(code: string): Locator {
    return this.page.locator(`.gap-table tr[data-gap="${code}"]`);
  }

  /** The codes of the indicators listed below target, in order. */
  async gapCodes(): Promise<string[]> {
    return this.page
      .locator('.gap-table tr[data-gap]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-gap') ?? ''));
  }

  /** Writes the problem of an indicator: its text, causes per heading (one per line), and U, S, G. */
  async writeProblem(
    code: string,
    problem: string,
    causes: Partial<
      Record<'Manusia' | 'Metode' | 'Material' | 'Mesin / alat' | 'Dana' | 'Lingkungan', string[]>
    >,
    usg: [number, number, number],
  ): Promise<void> {
    await this.gap(code).getByRole('button', { name: 'Tulis masalah' }).click();
    const form = this.page.locator('form.problem-form');
    await form.getByLabel('Masalah', { exact: true }).fill(problem);
    for (const [heading, lines] of Object.entries(causes))
      await form.getByLabel(heading, { exact: true }).fill(lines.join('\n'));
    const [u, s, g] = usg;
    await form.getByLabel('Urgensi (U)').selectOption(String(u));
    await form.getByLabel('Keseriusan (S)').selectOption(String(s));
    await form.getByLabel('Perkembangan (G)').selectOption(String(g));
    await form.getByRole('button', { name: 'Simpan masalah' }).click();
    await form.waitFor({ state: 'detached' });
  }

  /** The RTL block of a problem. */
  rtlOf(code: string): Locator {
    return this.page.locator(`section.rtl-problem[data-rtl-problem="${code}"]`);
  }

  async addAction(code: string, fields: ActionFields): Promise<void> {
    const block = this.rtlOf(code);
    await block.getByRole('button', { name: /^Tambah tindakan untuk / }).click();
    const form = block.locator('form.action-form');
    await form.getByLabel('Kegiatan').fill(fields.action);
    await form.getByLabel('Target').fill(fields.target);
    await form.getByLabel('Penanggung jawab').fill(fields.person);
    await form.getByLabel('Mulai').fill(fields.start);
    await form.getByLabel('Batas waktu').fill(fields.due);
    await form.getByLabel('Sumber dana').selectOption({ label: fields.budget });
    await form.getByLabel('Status').selectOption({ label: fields.status });
    await form.getByRole('button', { name: 'Simpan tindakan' }).click();
    await form.waitFor({ state: 'detached' });
  }
}
