/**
 * The note islands show about a path of fixes ("Fixed by …" or "Next to try: …", with a link to
 * the fix): the checklists of fixes and My progress.
 */
import { pathState, type Progress } from '../lib/progress';

/** A link to `href` reading `text`. */
export const link = (href = '', text = ''): HTMLAnchorElement =>
  Object.assign(document.createElement('a'), { href, text });

/**
 * What to say about a path of fixes (in order): "Fixed by" the fix that worked, or "Next to try:" the
 * first with no result yet, each followed by a link to that fix (`find` gives its address and title);
 * nothing when there is neither.
 */
export function pathNote(
  p: Progress,
  path: readonly string[],
  find: (fix: string) => { href?: string | undefined; text: string } | null | undefined,
): (string | Node)[] {
  const { worked, resume } = pathState(p, path);
  const fix = find(worked ?? resume ?? '');
  return fix ? [worked ? 'Fixed by ' : 'Next to try: ', link(fix.href, fix.text)] : [];
}
