/**
 * Which English version each translated page follows, and whether the English page has changed
 * since (Node only: reads and writes the page files). A translation's `follows` is the first 12 hex
 * characters of the SHA-256 of the English file it was written from; `npm run translations:stamp`
 * writes it, the build lists the pages that are behind, and those pages show a notice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { TRANSLATIONS, type TranslationLocale } from '../lib/translations.ts';

/** Where the pages live, from the project root. */
export const DOCS_DIR = 'src/content/docs';

/** The stamp of a version of an English file: the first 12 hex characters of its SHA-256. */
export function versionOf(source: string | Buffer): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 12);
}

/** Where one translated page stands against its English page. */
export interface TranslationStatus {
  /** The translation's path under the docs folder, with `/` (`es/fixes/x.mdx`). */
  page: string;
  /** The English file it translates, under the docs folder (`fixes/x.mdx`). */
  english: string;
  /** The English version the translation says it follows (`undefined` when it has no stamp). */
  follows: string | undefined;
  /** The English file's version now (`undefined` when the English file is gone). */
  current: string | undefined;
  /** Whether the English page changed since the translation was written (or it has no stamp). */
  behind: boolean;
}

/** The frontmatter block of a page's source, or undefined when it has none. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The `follows` stamp in a page's source, if any. */
export function followsIn(source: string): string | undefined {
  const data = parse(FRONTMATTER.exec(source)?.[1] ?? '') as Record<string, unknown> | null;
  const follows = data?.['follows'];
  return typeof follows === 'string' ? follows : undefined;
}

/**
 * The status of the translated page at `page` (a path under `docsRoot`, e.g. `es/fixes/x.mdx`):
 * which English version it follows and whether that is still the English file's version.
 */
export function translationStatus(docsRoot: string, page: string): TranslationStatus {
  const path = page.split(sep).join('/');
  const english = path.slice(path.indexOf('/') + 1);
  const englishFile = join(docsRoot, english);
  const follows = followsIn(readFileSync(join(docsRoot, path), 'utf8'));
  const current = existsSync(englishFile) ? versionOf(readFileSync(englishFile)) : undefined;
  return { page: path, english, follows, current, behind: follows === undefined || follows !== current };
}

/** Every translated page under `docsRoot` (in every translation, or in `locale`), as paths under it. */
export function translatedPages(docsRoot: string, locale?: TranslationLocale): string[] {
  const locales = locale ? [locale] : (Object.keys(TRANSLATIONS) as TranslationLocale[]);
  return locales
    .filter((l) => existsSync(join(docsRoot, l)))
    .flatMap((l) =>
      readdirSync(join(docsRoot, l), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) =>
          relative(docsRoot, join(docsRoot, l, f))
            .split(sep)
            .join('/'),
        ),
    )
    .sort();
}

/** The translated pages whose English page changed since they were written. */
export function pagesBehind(docsRoot: string): TranslationStatus[] {
  return translatedPages(docsRoot)
    .map((page) => translationStatus(docsRoot, page))
    .filter((s) => s.behind);
}

/**
 * Writes the English file's current version into the translation's `follows` (replacing the old
 * stamp, or adding one at the end of the frontmatter). Returns the new stamp, or undefined when the
 * page has no English file or no frontmatter.
 */
export function stampTranslation(docsRoot: string, page: string): string | undefined {
  const { current } = translationStatus(docsRoot, page);
  const file = join(docsRoot, page);
  const source = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (current === undefined || !match) return undefined;
  const block = match[1]!;
  const line = `follows: '${current}'`;
  const stamped = /^follows:.*$/m.test(block) ? block.replace(/^follows:.*$/m, line) : `${block}\n${line}`;
  writeFileSync(
    file,
    source.replace(block, () => stamped),
  );
  return current;
}
