/** A classic script calling the module's default export, minified (src/integrations/inline-scripts.ts). */
declare module '*?inline-script' {
  const code: string;
  export default code;
}
declare module '*?lazy-url' {
  const url: string;
  export default url;
}
