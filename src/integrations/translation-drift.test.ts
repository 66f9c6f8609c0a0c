import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportDrift } from './translation-check';
import { followsIn, pagesBehind, stampTranslation, translationStatus, versionOf } from './translation-drift';

let docs = '';
const english = '---\ntitle: Restart\nkind: fix\n---\n\nHold the side button.\n';
const spanish = (follows: string) =>
  `---\ntitle: Reinicia\ndescription: 'Cuesta $1 minuto'\nfollows: '${follows}'\n---\n\nMantén pulsado el botón lateral.\n`;
const logger = () => {
  const lines: string[] = [];
  return {
    lines,
    info: (m: string) => lines.push(`info: ${m}`),
    warn: (m: string) => lines.push(`warn: ${m}`),
  };
};

beforeEach(() => {
  docs = mkdtempSync(join(tmpdir(), 'guide-drift-'));
  mkdirSync(join(docs, 'fixes'));
  mkdirSync(join(docs, 'es/fixes'), { recursive: true });
  writeFileSync(join(docs, 'fixes/restart.mdx'), english);
  writeFileSync(join(docs, 'es/fixes/restart.mdx'), spanish(versionOf(english)));
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Home\n---\n');
});
afterEach(() => rmSync(docs, { recursive: true, force: true }));

describe('translation drift', () => {
  it('stamps a version as the first 12 hex characters of the SHA-256', () => {
    // sha256("") = e3b0c44298fc1c149afbf4c8996fb924…
    expect(versionOf('')).toBe('e3b0c44298fc');
  });

  it('finds nothing behind while the English page is the version a translation follows', () => {
    expect(translationStatus(docs, 'es/fixes/restart.mdx')).toEqual({
      page: 'es/fixes/restart.mdx',
      english: 'fixes/restart.mdx',
      follows: versionOf(english),
      current: versionOf(english),
      behind: false,
    });
    const log = logger();
    expect(reportDrift(docs, log)).toEqual([]);
    expect(log.lines).toEqual(['info: All 1 translated page(s) follow the current English pages.']);
  });

  it('lists the translation, and its notice says behind, once the English page changes', () => {
    writeFileSync(join(docs, 'fixes/restart.mdx'), english.replace('side', 'top'));
    expect(translationStatus(docs, 'es/fixes/restart.mdx').behind).toBe(true);
    expect(pagesBehind(docs).map((s) => s.page)).toEqual(['es/fixes/restart.mdx']);
    const log = logger();
    expect(reportDrift(docs, log)).toEqual(['es/fixes/restart.mdx']);
    expect(log.lines[0]).toMatch(/^warn: 1 of 1 translated page\(s\) are behind/);
    expect(log.lines[0]).toContain(`es/fixes/restart.mdx follows ${versionOf(english)}`);
  });

  it('counts a translation without a stamp as behind', () => {
    writeFileSync(join(docs, 'es/fixes/restart.mdx'), '---\ntitle: Reinicia\n---\n');
    expect(translationStatus(docs, 'es/fixes/restart.mdx')).toMatchObject({
      follows: undefined,
      behind: true,
    });
  });

  it('stamps the current English version, replacing the old stamp and nothing else', () => {
    const changed = english.replace('side', 'top');
    writeFileSync(join(docs, 'fixes/restart.mdx'), changed);
    expect(stampTranslation(docs, 'es/fixes/restart.mdx')).toBe(versionOf(changed));
    const source = readFileSync(join(docs, 'es/fixes/restart.mdx'), 'utf8');
    expect(source).toBe(spanish(versionOf(changed)));
    expect(followsIn(source)).toBe(versionOf(changed));
    expect(pagesBehind(docs)).toEqual([]);
  });

  it('adds a stamp to a translation that has none, at the end of its frontmatter', () => {
    writeFileSync(join(docs, 'es/fixes/restart.mdx'), '---\ntitle: Reinicia\n---\n\nTexto.\n');
    stampTranslation(docs, 'es/fixes/restart.mdx');
    expect(readFileSync(join(docs, 'es/fixes/restart.mdx'), 'utf8')).toBe(
      `---\ntitle: Reinicia\nfollows: '${versionOf(english)}'\n---\n\nTexto.\n`,
    );
  });

  it('stamps nothing for a translation whose English page is gone', () => {
    rmSync(join(docs, 'fixes/restart.mdx'));
    expect(stampTranslation(docs, 'es/fixes/restart.mdx')).toBeUndefined();
    expect(translationStatus(docs, 'es/fixes/restart.mdx')).toMatchObject({
      current: undefined,
      behind: true,
    });
  });
});
