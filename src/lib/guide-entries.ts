import { getCollection } from 'astro:content';
import { contentProblems, type GuideEntry } from './content';

let checked: Promise<GuideEntry[]> | undefined;

/**
 * Every page of the guide, checked once per build against the cross-page rules.
 * A broken rule fails the build with the list of problems.
 */
export function guideEntries(): Promise<GuideEntry[]> {
  checked ??= getCollection('docs').then((entries) => {
    const problems = contentProblems(entries);
    if (problems.length > 0) {
      throw new Error(`The guide's content breaks its rules:\n- ${problems.join('\n- ')}`);
    }
    return entries;
  });
  return checked;
}
