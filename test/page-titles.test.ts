// Every screen titles the browser tab itself (ui/components/use-page-title.ts); a frame around screens
// (one that renders an <Outlet>) must not, since its effect runs after its screen's and would win.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const routes = new URL('../src/ui/routes', import.meta.url).pathname;
const screens = readdirSync(routes)
  .filter((name) => /\.tsx$/.test(name) && !/\.test\.tsx$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(routes, name), 'utf8') }));

describe('page titles', () => {
  it('are set by every screen in src/ui/routes', () => {
    const untitled = screens
      .filter((s) => !s.text.includes('<Outlet') && !s.text.includes('usePageTitle('))
      .map((s) => s.name);
    expect(untitled).toEqual([]);
  });

  it('are left to the screens by the frames around them', () => {
    const frames = screens.filter((s) => s.text.includes('<Outlet'));
    expect(frames.map((s) => s.name)).toContain('PuskesmasLayout.tsx');
    expect(frames.filter((s) => s.text.includes('usePageTitle(')).map((s) => s.name)).toEqual([]);
  });
});
