// Where each item of "what waits for me" is done: the screen, and the words of its link.
import type { WaitingItem } from '../../shared/api/waiting.schema.ts';
import type { MessageKey } from '../i18n/id.ts';
import { paths } from './navigation.ts';

export interface WaitingLink {
  to: string;
  label: MessageKey;
}

function withQuery(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(query).toString()}`;
}

/**
 * The place of an item of `year`; `district` is the signed-in person's district (for the items that
 * are the district's own, such as publishing).
 */
export function waitingLinks(item: WaitingItem, year: number, district: string | null): WaitingLink[] {
  switch (item.kind) {
    case 'month': {
      const entries = paths.entries(item.puskesmas.code, year);
      const first = item.missingIndicators[0];
      return [
        {
          // The grid opens on the first empty cell; a complete month shows its "Laporkan" above the grid.
          to: first
            ? withQuery(entries, { indicator: first.code, month: item.month })
            : withQuery(entries, { month: item.month }),
          label: item.complete
            ? item.canReport
              ? 'home.month.report'
              : 'home.open.entries'
            : 'home.month.fill',
        },
      ];
    }
    case 'returned': {
      // The comment and the answer are on the verification screen; the figure is fixed in the grid.
      const links: WaitingLink[] = [
        {
          to: paths.verification(item.puskesmas.code, year, item.programme),
          label: 'home.returned.answer',
        },
      ];
      if (item.scope === 'indicator')
        links.push({
          to: withQuery(paths.entries(item.puskesmas.code, year), { indicator: item.code }),
          label: 'home.returned.open',
        });
      return links;
    }
    case 'submission': {
      const links: WaitingLink[] = [
        { to: paths.dashboard(item.puskesmas.code, year), label: 'home.submission.go' },
      ];
      if (item.warningsOpen > 0)
        links.push({ to: paths.warnings(item.puskesmas.code, year), label: 'home.submission.warningsGo' });
      return links;
    }
    case 'feedback':
      return [{ to: paths.feedback(item.puskesmas.code, year), label: 'home.feedback.go' }];
    case 'verify':
      return [{ to: paths.verification(item.puskesmas.code, year), label: 'home.verify.go' }];
    case 'answered':
      return [
        { to: paths.verification(item.puskesmas.code, year, item.programme), label: 'home.answered.go' },
      ];
    case 'not-submitted':
      return [{ to: paths.dashboard(item.puskesmas.code, year), label: 'home.go.puskesmas' }];
    case 'finalise':
      return [{ to: paths.dashboard(item.puskesmas.code, year), label: 'home.finalise.go' }];
    case 'publish':
      return district ? [{ to: paths.districtStatus(district, year), label: 'home.publish.go' }] : [];
  }
}
