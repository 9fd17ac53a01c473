// A Puskesmas-year's profile (Bab II): read, and save the whole document.
import { z } from 'zod';
import { ProfileView, type ProfileBody } from '../../shared/api/profile.schema.ts';
import { path, request, write } from '../api.ts';

export function getProfile(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/profile`,
    ProfileView,
    signal ? { signal } : {},
  );
}

const Stale = z.object({ code: z.literal('STALE_VALUE'), message: z.string() });

export function saveProfile(code: string, year: number, body: ProfileBody) {
  return write('PUT', path`/api/puskesmas/${code}/years/${year}/profile`, body, ProfileView, Stale);
}
