// The district's indicator catalog of a year, as the Dinkes admin authors it (criterion 2.8.3 a: the
// indicators and targets are set by decree). A year without a catalog starts as a copy of another
// year's; the draft is edited row by row or replaced by a file, saved whole (every problem named by
// row, nothing stored until all is right), compared with last year's, and published — frozen from
// then on. A published year is opened for every Puskesmas, and the next year is prepared from here.
import { useCallback, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import type { YearOpenedView } from '../../shared/api/catalog.schema.ts';
import type { UnitYear } from '../../shared/api/years.schema.ts';
import type { CatalogDocument } from '../../shared/schemas/catalog-document.schema.ts';
import { CatalogChanges } from '../components/catalog/CatalogChanges.tsx';
import { CatalogEditor } from '../components/catalog/CatalogEditor.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { IssueList } from '../components/IssueList.tsx';
import { Loaded } from '../components/Loading.tsx';
import { useBeforeUnload } from '../components/save-queue/use-before-unload.ts';
import { useModal } from '../components/use-modal.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { YearSelect } from '../components/YearSelect.tsx';
import {
  copyCatalog,
  downloadCatalogDocument,
  downloadCatalogWorkbook,
  getCatalogDiff,
  getCatalogDocument,
  openYear,
  publishCatalog,
  saveCatalogDraft,
  uploadCatalogFile,
} from '../endpoints/catalog.ts';
import { adoptCatalog } from '../endpoints/districts.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDate } from '../lib/dates.ts';
import { paths } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { NotFound } from './NotFound.tsx';

export function CatalogScreen() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const years = useResource((signal) => getDistrictYears(code, signal), code);
  usePageTitle(year === null ? null : [t('nav.catalog'), code, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page catalog-page" aria-labelledby="catalog-title">
      <div className="page-head">
        <h1 id="catalog-title">{t('catalog.title', { year })}</h1>
        <YearSelect year={year} years={years.data?.years} />
      </div>
      <p className="hint">{t('catalog.intro')}</p>
      <Loaded resource={years}>
        {({ years: all }) => {
          const entry = all.find((y) => y.year === year);
          return entry ? (
            <CatalogYear key={year} code={code} year={year} entry={entry} all={all} onYears={years.reload} />
          ) : (
            <StartYear code={code} year={year} all={all} onStarted={years.reload} />
          );
        }}
      </Loaded>
    </section>
  );
}

/** A year without a catalog: a copy of another year's of the district, or another district's published one. */
function StartYear(props: { code: string; year: number; all: readonly UnitYear[]; onStarted(): void }) {
  const { t } = useI18n();
  const sources = props.all.map((y) => y.year).filter((y) => y !== props.year);
  const [from, setFrom] = useState(sources.filter((y) => y < props.year)[0] ?? sources[0]);
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const [other, setOther] = useState('');
  const start = async (make: () => Promise<unknown>) => {
    setState({ busy: true, error: null });
    try {
      await make();
      props.onStarted();
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  const copy = () => from !== undefined && start(() => copyCatalog(props.code, props.year, from));
  const adopt = () => start(() => adoptCatalog(props.code, props.year, other));
  return (
    <section aria-labelledby="catalog-start-title" className="catalog-start">
      <h2 id="catalog-start-title">{t('catalog.none', { year: props.year })}</h2>
      {from === undefined ? (
        <p>{t('catalog.nothingToCopy')}</p>
      ) : (
        <div className="report-make">
          <label>
            {t('catalog.copyFrom')}{' '}
            <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {sources.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={state.busy} onClick={() => void copy()}>
            {t('catalog.copy', { year: props.year })}
          </button>
        </div>
      )}
      <div className="report-make">
        <label>
          {t('catalog.adoptFrom')}{' '}
          <input value={other} size={8} onChange={(e) => setOther(e.target.value.trim())} />
        </label>
        <button type="button" disabled={state.busy || other === ''} onClick={() => void adopt()}>
          {t('catalog.adopt')}
        </button>
      </div>
      {state.error !== null && <ErrorText error={state.error} />}
    </section>
  );
}

function CatalogYear(props: {
  code: string;
  year: number;
  entry: UnitYear;
  all: readonly UnitYear[];
  onYears(): void;
}) {
  const { code, year, entry } = props;
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [version, setVersion] = useState(0);
  const document = useResource(
    (signal) => getCatalogDocument(code, year, signal),
    `${code}/${year}/${version}`,
  );
  const diff = useResource((signal) => getCatalogDiff(code, year, signal), `${code}/${year}/${version}/diff`);
  const [edited, setEdited] = useState<CatalogDocument | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [nextError, setNextError] = useState<unknown>(null);
  const [publishing, setPublishing] = useState(false);
  const published = entry.catalog === 'published';
  useBeforeUnload(edited !== null, t('catalog.unsaved'));

  const loaded = document.data;
  const change = useCallback(
    (next: (doc: CatalogDocument) => CatalogDocument) => {
      if (!loaded) return;
      setEdited((current) => next(current ?? loaded));
      setSaved(null);
    },
    [loaded],
  );
  const stored = () => {
    setEdited(null);
    setVersion((v) => v + 1);
  };
  /** Stores a whole draft (the edited rows, or a file), then shows what it changed against last year. */
  const store = async (send: () => Promise<{ changes: unknown[] }>, words: string) => {
    setSaving(true);
    setProblem(null);
    try {
      const answer = await send();
      stored();
      setSaved(`${words} ${t('catalog.changesCount', { count: answer.changes.length })}`);
      props.onYears();
    } catch (error) {
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };
  const next = props.all.some((y) => y.year === year + 1) ? null : year + 1;
  const prepareNext = async () => {
    try {
      await copyCatalog(code, year + 1, year);
      props.onYears();
      navigate(paths.catalog(code, year + 1));
    } catch (error) {
      setNextError(error);
    }
  };

  return (
    <>
      <p className="catalog-status" data-status={entry.catalog}>
        {published
          ? t('catalog.statusPublished', {
              date: formatDate(entry.publishedAt, locale),
            })
          : t('catalog.statusDraft')}
      </p>
      {notice && (
        <p className="success" role="status">
          {notice}
        </p>
      )}
      <section aria-labelledby="catalog-diff-title" className="catalog-diff">
        <h2 id="catalog-diff-title">{t('catalog.diff.title')}</h2>
        {edited !== null && <p className="hint">{t('catalog.diff.afterSave')}</p>}
        <Loaded resource={diff}>
          {(d) => <CatalogChanges previousYear={d.previousYear} changes={d.changes} />}
        </Loaded>
      </section>

      {!published && (
        <section aria-labelledby="catalog-publish-title">
          <h2 id="catalog-publish-title">{t('catalog.publishTitle')}</h2>
          <p className="hint">{t('catalog.publishHint')}</p>
          <button type="button" disabled={edited !== null} onClick={() => setPublishing(true)}>
            {t('catalog.publish', { year })}
          </button>
          {publishing && (
            <PublishDialog
              code={code}
              year={year}
              onDone={() => {
                setPublishing(false);
                stored();
                props.onYears();
                setNotice(t('catalog.publishedNotice', { year }));
              }}
              onCancel={() => setPublishing(false)}
            />
          )}
        </section>
      )}
      {published && <OpenYear code={code} year={year} entry={entry} onOpened={props.onYears} />}
      {next !== null && (
        <section aria-labelledby="catalog-next-title">
          <h2 id="catalog-next-title">{t('catalog.nextTitle', { year: next })}</h2>
          <p className="hint">{t('catalog.nextHint', { year: next, from: year })}</p>
          <button type="button" onClick={() => void prepareNext()}>
            {t('catalog.prepareNext', { year: next, from: year })}
          </button>
          {nextError !== null && <ErrorText error={nextError} />}
        </section>
      )}
      <section aria-labelledby="catalog-rows-title">
        <h2 id="catalog-rows-title">{t('catalog.rowsTitle')}</h2>
        <div className="report-make catalog-toolbar">
          {!published && (
            <>
              <button
                type="button"
                disabled={edited === null || saving}
                onClick={() =>
                  edited && void store(() => saveCatalogDraft(code, year, edited), t('catalog.saved'))
                }
              >
                {saving ? t('app.saving') : t('catalog.save')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={edited === null}
                onClick={() => setEdited(null)}
              >
                {t('catalog.discard')}
              </button>
              <label className="catalog-file">
                {t('catalog.importFile')}{' '}
                <input
                  type="file"
                  accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  disabled={saving}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file)
                      void store(
                        () => uploadCatalogFile(code, year, file),
                        t('catalog.imported', { file: file.name }),
                      );
                  }}
                />
              </label>
            </>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => void downloadCatalogDocument(code, year)}
          >
            {t('catalog.download')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void downloadCatalogWorkbook(code, year)}
          >
            {t('catalog.downloadWorkbook')}
          </button>
          {edited !== null && (
            <span className="unsaved" role="status">
              {t('catalog.unsaved')}
            </span>
          )}
        </div>
        {saved && (
          <p className="success" role="status">
            {saved}
          </p>
        )}
        {problem !== null && <IssueList error={problem} label={t('catalog.problems')} />}
        <Loaded resource={document}>
          {(doc) => (
            <CatalogEditor document={edited ?? doc} readOnly={published || saving} onChange={change} />
          )}
        </Loaded>
      </section>
    </>
  );
}

function PublishDialog(props: { code: string; year: number; onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  const ref = useModal(cancel);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const publish = async () => {
    setBusy(true);
    try {
      await publishCatalog(props.code, props.year);
      props.onDone();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby="publish-title"
      aria-describedby="publish-text"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) props.onCancel();
      }}
    >
      <h2 id="publish-title">{t('catalog.publishConfirm', { year: props.year })}</h2>
      <p id="publish-text">{t('catalog.publishWarning')}</p>
      {error !== null && <ErrorText error={error} />}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => void publish()}>
          {t('catalog.publishYes')}
        </button>
        <button type="button" className="secondary" ref={cancel} disabled={busy} onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </dialog>
  );
}

type Opened = z.infer<typeof YearOpenedView>;

/** Opening the published year for every Puskesmas, and what it did for each. */
function OpenYear(props: { code: string; year: number; entry: UnitYear; onOpened(): void }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ busy: boolean; error: unknown; opened: Opened | null }>({
    busy: false,
    error: null,
    opened: null,
  });
  const open = async () => {
    setState({ busy: true, error: null, opened: null });
    try {
      const opened = await openYear(props.code, props.year);
      setState({ busy: false, error: null, opened });
      props.onOpened();
    } catch (error) {
      setState({ busy: false, error, opened: null });
    }
  };
  const already = props.entry.assessments.length;
  return (
    <section aria-labelledby="catalog-open-title">
      <h2 id="catalog-open-title">{t('catalog.openTitle', { year: props.year })}</h2>
      <p className="hint">
        {already > 0
          ? t('catalog.openAlready', { count: already, year: props.year })
          : t('catalog.openHint', { year: props.year, previous: props.year - 1 })}
      </p>
      <button type="button" disabled={state.busy} onClick={() => void open()}>
        {t('catalog.open', { year: props.year })}
      </button>
      {state.error !== null && <ErrorText error={state.error} />}
      {state.opened && (
        <table className="data-table catalog-opened">
          <caption>
            {t('catalog.openedCaption', { count: state.opened.puskesmas.filter((p) => p.opened).length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('catalog.opened.puskesmas')}</th>
              <th scope="col">{t('catalog.opened.state')}</th>
              <th scope="col">{t('catalog.opened.profile')}</th>
              <th scope="col">{t('catalog.opened.choices')}</th>
              <th scope="col">{t('catalog.opened.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.opened.puskesmas.map((p) => (
              <tr key={p.puskesmas.code}>
                <th scope="row">{p.puskesmas.name}</th>
                <td>{p.opened ? t('catalog.opened.new') : t('catalog.opened.existing')}</td>
                <td>{p.profileCopied ? t('catalog.opened.yes') : t('catalog.opened.no')}</td>
                <td>{p.choices.length}</td>
                <td>{p.actions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
