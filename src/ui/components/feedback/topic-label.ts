// What a feedback point is about, in words: "Umum", "Program UKM.C Kesehatan keluarga…", "Indikator 1) …".
import type { FeedbackPointView } from '../../../shared/api/feedback.schema.ts';
import type { Translate } from '../../i18n/i18n.tsx';

export function topicLabel(point: Pick<FeedbackPointView, 'scope' | 'topic'>, t: Translate): string {
  if (point.scope === 'overall' || point.topic === null) return t('feedback.scope.overall');
  const what = [point.topic.number, point.topic.name].filter((s) => s.trim() !== '').join(' ');
  return t(point.scope === 'programme' ? 'feedback.topic.programme' : 'feedback.topic.indicator', { what });
}
