import { z } from 'astro/zod';

import { APPS, IOS_RELEASES, PAGE_KINDS, RISKS, riskAboveLow } from './terms';

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "restart-iphone"');

/** One tickable line of a checklist page; `id` must stay stable so saved progress survives edits. */
export const checklistItem = z.strictObject({
  id: slugId,
  text: z.string().min(3),
  /** Optional one-line hint shown under the item (how to do it, what it tells you). */
  detail: z.string().optional(),
  /** Optional docs id (e.g. `fixes/restart-iphone`) of the page that explains this item. */
  link: z.string().optional(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

/** One question of the diagnosis: what to ask, how to find out, and the answers a person can tap. */
export const diagnoseQuestion = z.strictObject({
  id: slugId,
  text: z.string().min(3),
  /** Optional one-line hint: how to find the answer. */
  detail: z.string().optional(),
  /** Answers, each with a stable id used in `signals` and in the page's URL. */
  answers: z.array(z.strictObject({ id: slugId, label: z.string().min(2) })).min(1),
});
export type DiagnoseQuestion = z.infer<typeof diagnoseQuestion>;

/**
 * Fields every guide page may carry on top of Starlight's own frontmatter.
 * Kind-specific requirements are enforced by `checkPageFields`.
 */
export const guideFields = z.object({
  /** What sort of page this is; decides navigation, checklists and print. */
  kind: z.enum(PAGE_KINDS).default('guide'),
  /** Position within its kind (fixes: cheapest and safest first). Whole numbers from 1, no gaps. */
  order: z.number().int().positive().optional(),
  /** Typical minutes the step takes. */
  minutes: z
    .number()
    .positive()
    .max(24 * 60)
    .optional(),
  /** What the step can cost: `none` | `low` | `resets-settings` | `account` | `erases-data`. */
  risk: z.enum(RISKS).optional(),
  /** What the step removes, in plain words (e.g. "saved Wi-Fi passwords"). Shown before the steps. */
  erases: z.array(z.string().min(3)).default([]),
  /**
   * One line: for a fix, its key action (printed checklist, fix path); for another page, what it
   * gives (the cards and hints that lead to it).
   */
  summary: z.string().max(160).optional(),
  /** Cause pages this fix addresses, by slug (`network` for `causes/network`). */
  causes: z.array(slugId).default([]),
  /** Apps the page applies to. */
  apps: z.array(z.enum(APPS)).default([]),
  /**
   * Supported releases whose documentation (Apple's guide or support articles, or the app's help
   * centre) the steps were compared with. Add a release only when a source confirms the steps there.
   */
  ios: z.array(z.enum(IOS_RELEASES)).default([]),
  /**
   * When the page's facts were last compared with its sources (YAML date, e.g. 2026-11-30). Required
   * on English pages; a translation takes it from its English page.
   */
  reviewed: z.coerce.date().optional(),
  /**
   * Translations only: the first 12 hex characters of the SHA-256 of the English file this page
   * follows (`npm run translations:stamp` writes it). When the English file changes, the page is behind.
   */
  follows: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'use the first 12 hex characters of the English file’s SHA-256')
    .optional(),
  /**
   * What a person sees when this page is the answer, at most three: the screen's words in quotes,
   * in sentence case. Shown after the steps.
   */
  signs: z.array(z.string().min(3)).max(3).default([]),
  /** What people type when this page is the answer, in their words: indexed for search, never shown. */
  symptoms: z.array(z.string().min(3)).default([]),
  /** Other words people use for the same thing (indexed for search, not shown as a list). */
  synonyms: z.array(z.string().min(2)).default([]),
  /** URLs of the official pages the facts come from. */
  sources: z.array(z.url()).default([]),
  /** Tickable items, for check and app pages. */
  items: z.array(checklistItem).default([]),
  /** Scenario pages: the fix slugs to try, in this order. */
  path: z.array(slugId).default([]),
  /** Diagnosis answers (question:answer ids) that point to this cause or scenario. */
  signals: z.array(z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/)).default([]),
  /** The diagnosis page: its questions, in asking order (at most five). */
  questions: z.array(diagnoseQuestion).max(5).default([]),
});
export type GuideFields = z.infer<typeof guideFields>;

/** Problems with one page's fields given its kind, as readable messages (empty when valid). */
export function checkPageFields(data: GuideFields): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  need(
    data.reviewed !== undefined || data.follows !== undefined,
    'a page needs `reviewed` (when its facts were last compared with its sources); a translation has `follows` instead',
  );
  if (data.kind === 'fix') {
    need(data.order !== undefined, 'a fix needs `order`');
    need(data.minutes !== undefined, 'a fix needs `minutes`');
    need(data.risk !== undefined, 'a fix needs `risk`');
    need(data.summary !== undefined, 'a fix needs a one-line `summary`');
    need(data.causes.length > 0, 'a fix needs at least one entry in `causes`');
    need(data.symptoms.length >= 3, 'a fix needs at least three `symptoms`');
    need(
      !riskAboveLow(data.risk) || data.erases.length > 0,
      'a fix whose risk is above `low` must say what it `erases`',
    );
  }
  if (data.kind === 'cause') {
    need(data.symptoms.length >= 3, 'a cause needs at least three `symptoms`');
  }
  if (data.kind === 'check') need(data.items.length > 0, 'a check page needs `items`');
  if (data.kind === 'app') need(data.items.length > 0, 'an app page needs `items`');
  if (data.kind === 'scenario') need(data.path.length > 0, 'a scenario needs a `path` of fixes');
  if (data.kind !== 'guide') need(data.sources.length > 0, 'this page needs `sources`');
  const ids = data.items.map((i) => i.id);
  need(new Set(ids).size === ids.length, 'checklist item ids must be unique on a page');
  return problems;
}
