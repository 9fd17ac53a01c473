import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error.ts';

describe('what the log keeps of an error', () => {
  it('keeps the message and stack of an error that did not come from the database', () => {
    const error = new TypeError('cannot read properties of undefined', { cause: new Error('beneath') });
    expect(loggableError(error)).toMatchObject({
      class: 'TypeError',
      message: 'cannot read properties of undefined',
      stack: expect.stringContaining('cannot read properties of undefined'),
      cause: { class: 'Error', message: 'beneath' },
    });
  });

  it('drops every message, detail and parameter once a database error is in the chain', () => {
    const driver = Object.assign(new Error('invalid input syntax for type integer: "rahasia"'), {
      code: '22P02',
      severity: 'ERROR',
      detail: 'Key (x)=(rahasia)',
    });
    const wrapper = Object.assign(new Error('Failed query: select $1\nparams: rahasia', { cause: driver }), {
      query: 'select $1',
      params: ['rahasia'],
    });
    const logged = loggableError(wrapper);
    expect(JSON.stringify(logged)).not.toContain('rahasia');
    expect(logged).toMatchObject({ class: 'Error', query: 'select $1', cause: { code: '22P02' } });
  });

  it('names a thrown value that is not an error by its type only', () => {
    expect(loggableError({ password: 'rahasia' })).toBe('object');
  });
});
