import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import en from './content/i18n/en.json';
import { checkPageFields, guideFields } from './lib/schema';

/**
 * The guide's own interface words, on top of Starlight's: every key of `content/i18n/en.json`. A
 * translation may leave a key out; Starlight then shows the English words.
 */
const guideWords = z.object(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().optional()])) as Record<
    keyof typeof en,
    z.ZodOptional<z.ZodString>
  >,
);

/**
 * The one schema of the guide: Starlight's frontmatter plus the guide's own fields.
 * A page's `order` also places it in the sidebar, so nobody types it twice.
 */
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: (context) =>
      docsSchema({ extend: guideFields })(context)
        .superRefine((data, ctx) => {
          for (const message of checkPageFields(data)) ctx.addIssue({ code: 'custom', message });
        })
        .transform((data) => ({
          ...data,
          sidebar: { ...data.sidebar, order: data.sidebar.order ?? data.order },
        })),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: guideWords }) }),
};
