// A Puskesmas account's home: what waits for them in the Puskesmas-year on screen (a tab of the
// Puskesmas, first). Dinkes visiting the Puskesmas have their own home on the district.
import { usePageTitle } from '../components/use-page-title.ts';
import { WaitingList } from '../components/waiting/WaitingList.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function PuskesmasHome() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  usePageTitle([t('nav.home'), puskesmas.name, year]);
  return (
    <section className="page home-page" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title', { year })}</h1>
      <WaitingList year={year} district={puskesmas.district.code} />
    </section>
  );
}
