import { describe, expect, it } from 'vitest';
import { dateAtEnd, dateOfDateLine, findDates } from '../../src/lib/parse/find-date.ts';

describe('dates', () => {
  it.each([
    ['12 November, 2025', '2025-11-12'],
    ['November 12, 2025', '2025-11-12'],
    ['2025-11-12', '2025-11-12'],
    ['Wednesday 12 November 2025', '2025-11-12'],
    ['12 November 2025, 14:05 GMT', '2025-11-12T14:05:00Z'],
  ])('reads a date line %j', (line, iso) => {
    expect(dateOfDateLine(line)?.iso).toBe(iso);
  });

  it('ignores relative dates and dates without a year', () => {
    expect(findDates('yesterday and 3 hours ago and March 3')).toEqual([]);
  });

  it('finds the date a caption ends with', () => {
    expect(dateAtEnd('Crowds at the port, Mombasa, Kenya, 14 November, 2025')?.iso).toBe('2025-11-14');
    expect(dateAtEnd('On 14 November, 2025 the port reopened to ships')).toBeUndefined();
  });
});
