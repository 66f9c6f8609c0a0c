import { sayEnglish } from '../../scripts/lib/interface-words';
import { testPage } from '../../scripts/lib/site-pages';
import { describe, expect, it } from 'vitest';
import {
  checklistKnownIds,
  checklistPages,
  fixMeta,
  fixPathRows,
  pageChecklist,
  preventionFor,
  progressLabels,
} from './checklists';

const quick = testPage('quick-checks', {
  title: 'Quick checks',
  kind: 'check',
  order: 1,
  items: [
    { id: 'status', text: 'Check Apple system status', detail: 'Look for Messages.' },
    { id: 'restart', text: 'Restart iMessage', link: 'fixes/restart' },
  ],
});
const whatsapp = testPage('apps/whatsapp', {
  title: 'WhatsApp',
  kind: 'app',
  items: [{ id: 'update', text: 'Update' }],
});
const emptyApp = testPage('apps/other', { title: 'Other', kind: 'app' });
const restart = testPage('fixes/restart', {
  title: 'Restart iMessage',
  kind: 'fix',
  order: 2,
  minutes: 5,
  risk: 'low',
  summary: 'Turn iMessage off and on.',
  causes: ['activation'],
});
const bluetooth = testPage('fixes/bluetooth', {
  title: 'Turn off Bluetooth',
  kind: 'fix',
  order: 1,
  minutes: 1,
  risk: 'none',
  causes: ['accessories'],
});
const storagePrevention = testPage('prevention/storage', {
  title: 'Keep storage free',
  kind: 'prevention',
  causes: ['storage'],
});
const accessoryPrevention = testPage('prevention/accessories', {
  title: 'Mind your headsets',
  kind: 'prevention',
  causes: ['accessories'],
});
const site = [quick, whatsapp, emptyApp, restart, bluetooth, storagePrevention, accessoryPrevention];

describe('checklists derived from content', () => {
  it('turns a page’s items into rows, resolving links to page titles', () => {
    expect(pageChecklist(quick, site)).toEqual([
      { id: 'status', text: 'Check Apple system status', detail: 'Look for Messages.', link: undefined },
      {
        id: 'restart',
        text: 'Restart iMessage',
        detail: undefined,
        link: { href: '/fixes/restart/', title: 'Restart iMessage' },
      },
    ]);
  });

  it('lists every fix in fix order with time and risk', () => {
    expect(fixPathRows(site, sayEnglish, '/guide/')).toEqual([
      {
        id: 'bluetooth',
        text: 'Turn off Bluetooth',
        href: '/guide/fixes/bluetooth/',
        detail: undefined,
        meta: '1 min · No risk',
      },
      {
        id: 'restart',
        text: 'Restart iMessage',
        href: '/guide/fixes/restart/',
        detail: 'Turn iMessage off and on.',
        meta: '5 min · Low risk',
      },
    ]);
    expect(fixMeta(quick, sayEnglish)).toBe('');
  });

  it('knows every id a checklist may hold, also when it shows only some rows', () => {
    const someRows = [{ id: 'restart', text: 'Restart iMessage' }];
    expect(checklistKnownIds(site, { list: 'plan', items: someRows, kind: 'fixes' })).toEqual([
      'bluetooth',
      'restart',
    ]);
    expect(checklistKnownIds(site, { list: 'quick-checks', items: someRows, kind: 'items' })).toEqual([
      'status',
      'restart',
    ]);
    expect(checklistKnownIds(site, { list: 'plan', items: someRows, kind: 'items' })).toEqual(['restart']);
  });

  it('names everything progress can hold: fixes in order, then check and app checklists', () => {
    expect(checklistPages(site).map((p) => p.id)).toEqual(['quick-checks', 'apps/whatsapp']);
    const labels = progressLabels(site, sayEnglish);
    expect(labels.results).toEqual({ worked: 'Fixed it', tried: 'No change', skipped: 'Skipped' });
    expect(labels.fixes.map((f) => f.id)).toEqual(['bluetooth', 'restart']);
    expect(labels.lists.map((l) => [l.id, l.href, l.items.map((i) => i.id)])).toEqual([
      ['quick-checks', '/quick-checks/', ['status', 'restart']],
      ['apps/whatsapp', '/apps/whatsapp/', ['update']],
    ]);
    expect(labels.lists[0]?.checked).toBe('Checked (Quick checks): {{list}}.');
    expect(labels.mic).toBeUndefined();
  });

  it('names the microphone test and links its result to its page', () => {
    const micPage = testPage('fixes/test-microphone', {
      title: 'Test each microphone',
      kind: 'fix',
      order: 3,
    });
    const { mic } = progressLabels([...site, micPage], sayEnglish, '/guide/');
    expect(mic?.href).toBe('/guide/fixes/test-microphone/');
    expect(mic?.text).toBe('Microphone test in the browser');
    expect(mic?.verdicts.denied).toBe('Not allowed');
    expect(mic?.said.works).toBe('it heard sound');
  });

  it('points a fix to prevention for its causes, or to all prevention when none matches', () => {
    expect(preventionFor(site, bluetooth).map((p) => p.id)).toEqual(['prevention/accessories']);
    expect(preventionFor(site, restart).map((p) => p.id)).toEqual([
      'prevention/storage',
      'prevention/accessories',
    ]);
  });
});
