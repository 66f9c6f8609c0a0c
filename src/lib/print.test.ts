import { testPage } from '../../scripts/lib/site-pages';
import { describe, expect, it } from 'vitest';
import { sayEnglish } from '../../scripts/lib/interface-words';
import { formatPrintDate, printSheet, triedSoFar } from './print';

const item = (id: string, text: string, detail?: string) => ({ id, text, ...(detail ? { detail } : {}) });

const site = [
  testPage('index', { title: 'Home' }),
  testPage('apps/telegram', {
    title: 'Telegram voice messages',
    kind: 'app',
    order: 2,
    apps: ['telegram'],
    items: [item('allow-mic', 'Allow the microphone')],
  }),
  testPage('fixes/reset-network-settings', {
    title: 'Reset Network Settings',
    kind: 'fix',
    order: 2,
    minutes: 10,
    risk: 'resets-settings',
    erases: ['saved Wi-Fi networks'],
    summary: 'Settings → General → Transfer or Reset iPhone → Reset.',
  }),
  testPage('quick-checks', {
    title: 'Five quick checks',
    kind: 'check',
    order: 1,
    items: [
      item('restart-iphone', 'Restart your iPhone', 'Hold the side button.'),
      item('status', 'Check status'),
    ],
  }),
  testPage('fixes/disconnect-accessories', {
    title: 'Disconnect Bluetooth',
    kind: 'fix',
    order: 1,
    minutes: 1,
    risk: 'none',
    summary: 'Turn Bluetooth off.',
  }),
  testPage('apps/whatsapp', {
    title: 'WhatsApp voice messages',
    kind: 'app',
    order: 1,
    apps: ['whatsapp'],
    items: [item('allow-mic', 'Allow the microphone for WhatsApp')],
  }),
];

describe('printSheet', () => {
  const sheet = printSheet(site, sayEnglish);

  it('puts the quick checks first, then every fix in order, with the ids the checklists use', () => {
    expect(sheet.core.map((s) => s.list)).toEqual(['quick-checks', 'fixes']);
    expect(sheet.core.map((s) => s.kind)).toEqual(['items', 'fixes']);
    expect(sheet.core[0]!.rows.map((r) => r.id)).toEqual(['restart-iphone', 'status']);
    expect(sheet.core[1]!.rows.map((r) => r.id)).toEqual([
      'disconnect-accessories',
      'reset-network-settings',
    ]);
  });

  it("takes each fix's key step, time and risk from its page", () => {
    expect(sheet.core[1]!.rows[1]).toEqual({
      id: 'reset-network-settings',
      number: 2,
      title: 'Reset Network Settings',
      step: 'Settings → General → Transfer or Reset iPhone → Reset.',
      meta: '10 min · Resets settings',
      risk: 'resets-settings',
      erases: ['saved Wi-Fi networks'],
      href: '/fixes/reset-network-settings/',
    });
  });

  it('says nothing is removed only by leaving it out', () => {
    expect(sheet.core[1]!.rows[0]!.erases).toBeUndefined();
  });

  it("takes each check's text and detail from its items, numbered from 1", () => {
    expect(sheet.core[0]!.rows).toEqual([
      { id: 'restart-iphone', number: 1, title: 'Restart your iPhone', step: 'Hold the side button.' },
      { id: 'status', number: 2, title: 'Check status', step: undefined },
    ]);
  });

  it('offers one list per app page, in app order, named by the app', () => {
    expect(sheet.apps.map((a) => [a.list, a.app, a.href])).toEqual([
      ['apps/whatsapp', 'WhatsApp', '/apps/whatsapp/'],
      ['apps/telegram', 'Telegram', '/apps/telegram/'],
    ]);
  });

  it('links under the site base', () => {
    expect(printSheet(site, sayEnglish, '/guide/').core[1]!.rows[0]!.href).toBe(
      '/guide/fixes/disconnect-accessories/',
    );
  });

  it('has no fix list when there are no fixes', () => {
    expect(
      printSheet(
        site.filter((e) => e.data.kind !== 'fix'),
        sayEnglish,
      ).core.map((s) => s.list),
    ).toEqual(['quick-checks']);
  });
});

describe('triedSoFar', () => {
  const { core } = printSheet(site, sayEnglish);

  it('lists ticked rows by list, in sheet order, with the list size', () => {
    const ticked = new Set([
      'fixes/reset-network-settings',
      'quick-checks/restart-iphone',
      'fixes/disconnect-accessories',
    ]);
    expect(triedSoFar(core, ({ list }, id) => ticked.has(`${list}/${id}`))).toEqual([
      { list: 'quick-checks', title: 'Five quick checks', done: ['Restart your iPhone'], total: 2 },
      {
        list: 'fixes',
        title: 'Fixes, cheapest and safest first',
        done: ['Disconnect Bluetooth', 'Reset Network Settings'],
        total: 2,
      },
    ]);
  });

  it('is empty when nothing is ticked', () => {
    expect(triedSoFar(core, () => false)).toEqual([]);
  });

  it('does not mix up the same item id in two lists', () => {
    const { apps } = printSheet(site, sayEnglish);
    const lines = triedSoFar(apps, ({ list }, id) => list === 'apps/telegram' && id === 'allow-mic');
    expect(lines.map((l) => [l.list, l.done])).toEqual([['apps/telegram', ['Allow the microphone']]]);
  });
});

describe('formatPrintDate', () => {
  const day = new Date(2026, 4, 14, 12);

  it('spells the month out so no reader mixes up day and month', () => {
    expect(formatPrintDate(day, 'en')).toBe('May 14, 2026');
    expect(formatPrintDate(day, 'en-GB')).toBe('14 May 2026');
  });

  it('falls back to English for a language tag it cannot use', () => {
    expect(formatPrintDate(day, 'not a language!')).toBe('May 14, 2026');
  });
});
