// What waits for the signed-in person in a year (the home screen).
import { WaitingView } from '../../shared/api/waiting.schema.ts';
import { request } from '../api.ts';

export function getWaiting(year: number, signal?: AbortSignal) {
  return request('GET', `/api/me/waiting?year=${year}`, WaitingView, signal ? { signal } : {});
}
