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
