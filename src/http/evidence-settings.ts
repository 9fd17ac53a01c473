// The evidence settings a request uses: the app's own, or — for an app made without them (tests of
// other parts) — files in the database, staged under the system's temporary directory, up to 20 MB.
import { createEvidenceStore } from '../data/evidence-store.ts';
import type { AppDeps, EvidenceSettings } from './context.ts';

const defaults = new WeakMap<AppDeps, EvidenceSettings>();

export function evidenceSettingsOf(deps: AppDeps): EvidenceSettings {
  if (deps.evidence) return deps.evidence;
  let settings = defaults.get(deps);
  if (!settings) {
    settings = { blobs: createEvidenceStore({ database: true }), maxBytes: 20 * 1024 * 1024 };
    defaults.set(deps, settings);
  }
  return settings;
}
