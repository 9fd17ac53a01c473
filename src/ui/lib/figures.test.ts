import { describe, expect, it } from 'vitest';
import { formatAxis, formatThreshold } from './figures.ts';

describe('formatAxis', () => {
  it('shows service and quality as a percentage, management on 0–10, in Indonesian', () => {
    expect(formatAxis('service', 91.254, 'id')).toBe('91,25%');
    expect(formatAxis('management', 8.5, 'id')).toBe('8,50');
    expect(formatAxis('quality', null, 'id')).toBe('–');
    expect(formatAxis('service', 1234.5, 'en')).toBe('1,234.50%');
  });

  it('states thresholds as the decree does', () => {
    expect(formatThreshold(91, 'id')).toBe('91');
    expect(formatThreshold(8.5, 'id')).toBe('8,5');
  });
});
