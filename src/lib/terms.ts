/**
 * The guide's fixed terms: page kinds, risks, apps and iOS releases. Free of Zod, so code that runs
 * in the browser (the fix plan, the checklists) can use them without pulling the schema library into
 * a page's script; `schema.ts` builds its validators from them.
 */

/** The kinds of page the guide has; each maps to one folder of `src/content/docs`. */
export const PAGE_KINDS = [
  'guide',
  'check',
  'cause',
  'fix',
  'app',
  'workaround',
  'prevention',
  'scenario',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** How much a fix can cost the user, from nothing to data loss. Ordered from safest. */
export const RISKS = ['none', 'low', 'resets-settings', 'account', 'erases-data'] as const;
export type Risk = (typeof RISKS)[number];

/**
 * Whether a risk is above `low` (it resets settings, signs out or erases data): such a fix must say
 * what it erases, comes after every gentler likely fix in a plan, and stands out on paper.
 */
export function riskAboveLow(risk: Risk | undefined): boolean {
  return risk !== undefined && RISKS.indexOf(risk) > RISKS.indexOf('low');
}

/** Apps the guide covers. `messages` is Apple's Messages app (iMessage, SMS, MMS, RCS). */
export const APPS = ['messages', 'whatsapp', 'instagram', 'messenger', 'telegram'] as const;
export type App = (typeof APPS)[number];

/**
 * The iOS releases the guide supports, newest first: the newest release and the two before it.
 * The one place that names them; a page's `ios` may only list these.
 */
export const IOS_RELEASES = ['27', '26', '18'] as const;
export type IosRelease = (typeof IOS_RELEASES)[number];

/** The newest supported release; pages whose steps are not confirmed on it say so. */
export const NEWEST_IOS: IosRelease = IOS_RELEASES[0];

/** Whether a page's steps are confirmed on the newest release (pages without steps have no `ios`). */
export function confirmedOnNewest(ios: readonly IosRelease[]): boolean {
  return ios.length === 0 || ios.includes(NEWEST_IOS);
}
