/** Starlight's `pagefind` option from astro.config.mjs, as Starlight's own search reads it. */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: {
    ranking?: Record<string, unknown>;
    indexWeight?: number;
    mergeIndex?: Record<string, unknown>[];
  };
}

/** Pagefind's default UI, which ships without types; only what the site search uses. */
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
