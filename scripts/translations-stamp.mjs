// Writes `follows` (the version of the English file a translation follows) into translated pages:
//   npm run translations:stamp                      every translated page
//   npm run translations:stamp -- es/fixes/x ...    only these (ids, or paths of the files)
// Run it after bringing a translation up to date with its English page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCS_DIR,
  stampTranslation,
  translatedPages,
  translationStatus,
} from '../src/integrations/translation-drift.ts';
import { localeOfId } from '../src/lib/translations.ts';

const docs = join(import.meta.dirname, '..', DOCS_DIR);

/** The page file an argument names: `es/fixes/x`, `fixes/x` (Spanish), or a path to the file. */
function pageOf(arg) {
  const id = arg
    .replace(/\\/g, '/')
    .replace(new RegExp(`^.*${DOCS_DIR}/`), '')
    .replace(/\.mdx?$/, '');
  const translated = localeOfId(id) ? id : `es/${id}`;
  const candidates = [translated, `${translated}/index`].flatMap((p) => [`${p}.mdx`, `${p}.md`]);
  return candidates.find((p) => existsSync(join(docs, p)));
}

const args = process.argv.slice(2);
const pages = args.length > 0 ? args.map((arg) => pageOf(arg) ?? arg) : translatedPages(docs);
let failed = false;
for (const page of pages) {
  if (!existsSync(join(docs, page))) {
    console.error(`${page}: no such translated page`);
    failed = true;
    continue;
  }
  const before = translationStatus(docs, page).follows;
  const stamp = stampTranslation(docs, page);
  if (stamp === undefined) {
    console.error(`${page}: no English page to follow, or no frontmatter`);
    failed = true;
  } else if (stamp !== before) {
    console.log(`${page}: follows ${stamp}${before ? ` (was ${before})` : ''}`);
  }
}
if (failed) process.exitCode = 1;
