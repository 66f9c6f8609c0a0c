/** A classic script that calls the module's default export, minified (src/integrations/page-scripts.ts). */
declare module '*?inline-script' {
  const code: string;
  export default code;
}

/** The URL of the module built on its own, to `import()` when needed (src/integrations/page-scripts.ts). */
declare module '*?lazy-url' {
  const url: string;
  export default url;
}

/**
 * The first `<script>` of an Astro component, as Astro builds it: importing it from a module shares
 * that script's file instead of building a second copy (`diagnose/plan-screen.ts` does this).
 */
declare module '*.astro?astro&type=script&index=0&lang.ts' {}
