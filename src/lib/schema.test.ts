import { describe, expect, it } from 'vitest';
import { checkPageFields, guideFields } from './schema';
import { IOS_RELEASES, NEWEST_IOS, confirmedOnNewest, riskAboveLow } from './terms';

const fix = {
  kind: 'fix',
  order: 1,
  minutes: 2,
  risk: 'none',
  summary: 'Turn Bluetooth off.',
  causes: ['accessories'],
  symptoms: ['mic greyed out', 'audio shows 0:00', 'headset connected'],
  sources: ['https://support.apple.com/en-us/101600'],
  reviewed: '2026-11-30',
};

describe('page fields', () => {
  it('accept a complete fix', () => {
    expect(checkPageFields(guideFields.parse(fix))).toEqual([]);
  });

  it.each([
    ['order', /needs `order`/],
    ['minutes', /needs `minutes`/],
    ['risk', /needs `risk`/],
    ['summary', /needs a one-line `summary`/],
    ['sources', /needs `sources`/],
  ])('require a fix to have %s', (field, message) => {
    const { [field as keyof typeof fix]: _dropped, ...rest } = fix;
    expect(checkPageFields(guideFields.parse(rest)).join('\n')).toMatch(message);
  });

  it.each([
    ['none', false],
    ['low', false],
    ['resets-settings', true],
    ['account', true],
    ['erases-data', true],
    [undefined, false],
  ] as const)('count a %s risk as above low: %s', (risk, above) => {
    expect(riskAboveLow(risk)).toBe(above);
  });

  it('require a risky fix to say what it erases', () => {
    const problems = checkPageFields(guideFields.parse({ ...fix, risk: 'resets-settings' }));
    expect(problems.join('\n')).toMatch(/erases/);
    expect(
      checkPageFields(guideFields.parse({ ...fix, risk: 'resets-settings', erases: ['saved Wi-Fi'] })),
    ).toEqual([]);
  });

  it('reject values outside the vocabulary', () => {
    expect(guideFields.safeParse({ kind: 'recipe' }).success).toBe(false);
    expect(guideFields.safeParse({ risk: 'scary' }).success).toBe(false);
    expect(guideFields.safeParse({ causes: ['Not A Slug'] }).success).toBe(false);
    expect(guideFields.safeParse({ sources: ['not a url'] }).success).toBe(false);
    expect(guideFields.safeParse({ signals: ['no-colon'] }).success).toBe(false);
  });

  it('require every page to say when its facts were reviewed, or which English version it follows', () => {
    const { reviewed: _dropped, ...rest } = fix;
    expect(checkPageFields(guideFields.parse(rest))).toContainEqual(expect.stringContaining('`reviewed`'));
    expect(checkPageFields(guideFields.parse({ title: 'x', follows: '0123456789ab' }))).toEqual([]);
    expect(guideFields.safeParse({ ...fix, reviewed: 'last week' }).success).toBe(false);
    expect(guideFields.safeParse({ follows: 'not-a-hash' }).success).toBe(false);
    expect(guideFields.safeParse({ follows: '0123456789abcdef' }).success).toBe(false);
    expect(guideFields.parse(fix).reviewed?.toISOString()).toMatch(/^2026-11-30/);
  });

  it('accept only the supported iOS releases, newest first in the list', () => {
    expect(IOS_RELEASES[0]).toBe(NEWEST_IOS);
    expect(guideFields.safeParse({ ...fix, ios: ['26', '18'] }).success).toBe(true);
    expect(guideFields.safeParse({ ...fix, ios: ['17'] }).success).toBe(false);
    expect(guideFields.safeParse({ ...fix, ios: ['16', '26'] }).success).toBe(false);
  });

  it('tell whether steps are confirmed on the newest release', () => {
    expect(confirmedOnNewest([])).toBe(true);
    expect(confirmedOnNewest([NEWEST_IOS, '26'])).toBe(true);
    expect(confirmedOnNewest(IOS_RELEASES.slice(1))).toBe(false);
  });

  it('show at most three signs', () => {
    const signs = ['“Not Delivered”', 'Recording shows 0:00', 'The microphone is greyed out'];
    expect(guideFields.safeParse({ ...fix, signs }).success).toBe(true);
    expect(guideFields.safeParse({ ...fix, signs: [...signs, 'A fourth'] }).success).toBe(false);
  });

  it('require unique checklist ids', () => {
    const page = guideFields.parse({
      kind: 'check',
      reviewed: '2026-11-30',
      sources: ['https://support.apple.com/en-us/118433'],
      items: [
        { id: 'same', text: 'one' },
        { id: 'same', text: 'two' },
      ],
    });
    expect(checkPageFields(page).join('\n')).toMatch(/unique/);
  });
});
