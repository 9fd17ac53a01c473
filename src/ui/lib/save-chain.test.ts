import { describe, expect, it } from 'vitest';
import { SaveChain, type AfterSave } from './save-chain.ts';

/** A save the test finishes by hand, answering with the version the server would return. */
function server() {
  const calls: { key: string; change: Record<string, unknown>; finish(after?: AfterSave): void }[] = [];
  const send = (key: string, change: Record<string, unknown>) =>
    new Promise<AfterSave>((resolve) =>
      calls.push({ key, change, finish: (after = 'continue') => resolve(after) }),
    );
  return { calls, send };
}

const merge = (a: Record<string, unknown>, b: Record<string, unknown>) => ({ ...a, ...b });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('one save at a time per item', () => {
  it('sends a second change of an item only once its first save has come back', async () => {
    const { calls, send } = server();
    const chain = new SaveChain(send, merge);
    chain.submit('MAN.A1.1', { level: 4 });
    chain.submit('MAN.A1.1', { level: 7 });
    expect(calls.map((c) => c.change)).toEqual([{ level: 4 }]);
    calls[0]!.finish();
    await settle();
    expect(calls.map((c) => c.change)).toEqual([{ level: 4 }, { level: 7 }]);
  });

  it('folds the changes made meanwhile into one save, the latest winning', async () => {
    const { calls, send } = server();
    const chain = new SaveChain(send, merge);
    chain.submit('A', { level: 4 });
    chain.submit('A', { level: 7 });
    chain.submit('A', { note: 'cek' });
    chain.submit('A', { level: 10 });
    calls[0]!.finish();
    await settle();
    expect(calls.map((c) => c.change)).toEqual([{ level: 4 }, { level: 10, note: 'cek' }]);
  });

  it('lets different items save side by side', () => {
    const { calls, send } = server();
    const chain = new SaveChain(send, merge);
    chain.submit('A', { level: 4 });
    chain.submit('B', { level: 7 });
    expect(calls.map((c) => c.key)).toEqual(['A', 'B']);
  });

  it('drops what waits when a save stops the chain (a conflict to look at first)', async () => {
    const { calls, send } = server();
    const busy: [string, boolean][] = [];
    const chain = new SaveChain(send, merge, (key, b) => busy.push([key, b]));
    chain.submit('A', { level: 4 });
    chain.submit('A', { level: 7 });
    calls[0]!.finish('stop');
    await settle();
    expect(calls).toHaveLength(1);
    expect(chain.busy('A')).toBe(false);
    expect(busy).toEqual([
      ['A', true],
      ['A', false],
    ]);
  });
});
