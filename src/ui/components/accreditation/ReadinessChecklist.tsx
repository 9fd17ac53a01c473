// The readiness of a Puskesmas-year as the surveyor's checklist, for paper: one row per element with
// the evidence asked for and what pkp's records show of it, and empty boxes for the surveyor's own
// finding and notes. Shown only when printing (styles.css "Accreditation readiness").
import type { YearReadinessView } from '../../../shared/api/accreditation.schema.ts';
import { dateWords } from '../../../shared/accreditation-words.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CheckStatusMark, ElementStatusMark } from './StatusMark.tsx';

export function ReadinessChecklist({ view }: { view: YearReadinessView }) {
  const { t, locale } = useI18n();
  return (
    <section className="readiness-checklist">
      <h1>{t('accreditation.checklistTitle', { name: view.puskesmas.name, year: view.year })}</h1>
      <p>{t('accreditation.checklistNote', { date: dateWords(view.asOf, locale) })}</p>
      <p className="small">{t('accreditation.kindsLegend')}</p>
      {view.criteria.map((criterion) => (
        <table key={criterion.code} className="checklist-table">
          <caption>
            {t('accreditation.criterion', { code: criterion.code })} — {criterion.title}: {criterion.text}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="checklist-code">
                EP
              </th>
              <th scope="col">{t('accreditation.col.element')}</th>
              <th scope="col">{t('accreditation.col.evidence')}</th>
              <th scope="col" className="checklist-status">
                {t('accreditation.col.status')}
              </th>
              <th scope="col" className="checklist-surveyor">
                {t('accreditation.col.surveyor')}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.elements
              .filter((e) => e.criterion === criterion.code)
              .map((element) => {
                const checks = new Map(element.checks.map((c) => [c.proof, c]));
                return (
                  <tr key={element.code} data-element={element.code}>
                    <th scope="row" className="checklist-code">
                      {element.criterion} {element.letter}
                    </th>
                    <td lang="id">
                      {element.text} ({element.kinds.join(', ')})
                    </td>
                    <td>
                      <ul className="checklist-evidence">
                        {element.evidence.map((item, i) => (
                          <li key={i}>
                            <strong>{item.kind}</strong> <span lang="id">{item.text}</span> —{' '}
                            <CheckStatusMark status={item.status} />
                            {item.proofs.map((proof) => {
                              const check = checks.get(proof);
                              if (!check) return null;
                              return (
                                <span key={proof} className="checklist-fact">
                                  {' '}
                                  {check.sentence[locale]}
                                  {check.missing.map((m) => ` ${m[locale]}`).join('')}
                                </span>
                              );
                            })}
                          </li>
                        ))}
                        {element.files.length > 0 && (
                          <li>
                            {t('accreditation.files')}: {element.files.map((f) => f.filename).join(', ')}
                          </li>
                        )}
                      </ul>
                    </td>
                    <td className="checklist-status">
                      <ElementStatusMark status={element.status} />
                    </td>
                    <td className="checklist-surveyor">
                      <span className="checkbox-box">☐</span> {t('accreditation.tick.yes')}{' '}
                      <span className="checkbox-box">☐</span> {t('accreditation.tick.no')}
                      <span className="checklist-notes">{t('accreditation.notes')}</span>
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
      <p className="checklist-signature">{t('accreditation.signature')}</p>
    </section>
  );
}
