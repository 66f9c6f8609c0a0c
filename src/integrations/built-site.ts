import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroConfig } from 'astro';

/** The site's base path as URLs start with it, ending in `/`. */
export const basePath = (config: AstroConfig): string =>
  config.base.endsWith('/') ? config.base : `${config.base}/`;

/**
 * The files of the site built in `root`: every path, relative to `root`, and the text of those whose
 * name ends in `ext`, by their address on the site (`base` followed by the path).
 */
export async function builtFiles(
  root: string,
  base: string,
  ext: string,
): Promise<{ files: string[]; texts: Map<string, string> }> {
  const files = await readdir(root, { recursive: true });
  const texts = new Map<string, string>();
  for (const file of files.filter((f) => f.endsWith(ext))) {
    texts.set(base + file.split('\\').join('/'), await readFile(join(root, file), 'utf8'));
  }
  return { files, texts };
}
