import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { verificationProgrammes } from './programmes.ts';
import {
  mayMove,
  reopenedIndicators,
  type ReturnMove,
  type ReturnRef,
  type ReturnStatus,
} from './returns.ts';

describe('what a return reopens for the Puskesmas', () => {
  const ukmC = verificationProgrammes(patiCatalog2023).find((p) => p.code === 'UKM.C')!;
  const cases: { name: string; returns: ReturnRef[]; reopened: string[] }[] = [
    { name: 'nothing returned: nothing', returns: [], reopened: [] },
    {
      name: 'an open indicator: that indicator only',
      returns: [{ scope: 'indicator', code: 'SPM.01', status: 'open' }],
      reopened: ['SPM.01'],
    },
    {
      name: 'an open programme: every indicator of the programme',
      returns: [{ scope: 'programme', code: 'UKM.C', status: 'open' }],
      reopened: ukmC.indicatorCodes,
    },
    {
      name: 'an answered indicator: nothing (it is the verifier’s again)',
      returns: [{ scope: 'indicator', code: 'SPM.01', status: 'answered' }],
      reopened: [],
    },
    {
      name: 'a closed programme: nothing',
      returns: [{ scope: 'programme', code: 'UKM.C', status: 'closed' }],
      reopened: [],
    },
  ];
  it.each(cases)('$name', ({ returns, reopened }) => {
    expect([...reopenedIndicators(patiCatalog2023, returns)].sort()).toEqual([...reopened].sort());
  });
});

describe('the moves of a returned item', () => {
  const cases: [ReturnMove, ReturnStatus, boolean][] = [
    ['answer', 'open', true],
    ['answer', 'answered', false],
    ['answer', 'closed', false],
    ['close', 'open', true],
    ['close', 'answered', true],
    ['close', 'closed', false],
    ['return-again', 'open', false],
    ['return-again', 'answered', true],
    ['return-again', 'closed', false],
  ];
  it.each(cases)('%s from %s: %s', (move, status, allowed) => {
    expect(mayMove(move, status)).toBe(allowed);
  });
});
