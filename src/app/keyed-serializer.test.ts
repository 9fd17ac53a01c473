import { expect, it } from 'vitest';
import { KeyedSerializer } from './keyed-serializer.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

it('runs the tasks of one key one after another, in order, even when one fails', async () => {
  const serializer = new KeyedSerializer();
  const events: string[] = [];
  const task =
    (name: string, fail = false) =>
    async () => {
      events.push(`${name} start`);
      await tick();
      events.push(`${name} end`);
      if (fail) throw new Error(name);
      return name;
    };
  const results = await Promise.allSettled([
    serializer.run('a', task('1')),
    serializer.run('a', task('2', true)),
    serializer.run('a', task('3')),
  ]);
  expect(events).toEqual(['1 start', '1 end', '2 start', '2 end', '3 start', '3 end']);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  await tick();
  expect(serializer.size).toBe(0);
});

it('lets tasks of different keys overlap', async () => {
  const serializer = new KeyedSerializer();
  const events: string[] = [];
  const task = (name: string) => async () => {
    events.push(`${name} start`);
    await tick();
    events.push(`${name} end`);
  };
  await Promise.all([serializer.run('a', task('a')), serializer.run('b', task('b'))]);
  expect(events.slice(0, 2)).toEqual(['a start', 'b start']);
});
