import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { checkPageFields, guideFields } from './lib/schema';

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
};
