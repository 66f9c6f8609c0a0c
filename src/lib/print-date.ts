/**
 * The date on paper: `Footer.astro` inlines this right after its print-only source line, so that
 * every `[data-print-date]` says when the page was printed, in the page's language and its words
 * (`data-printed`, "Printed {{date}}"), and says it
 * again just before each print (a page left open overnight prints the right day).
 */
import { formatPrintDate } from './print';

/** Stamps the print date now and before every print. */
export default function stampPrintDate(doc: Document = document): void {
  const stamp = () => {
    const date = formatPrintDate(new Date(), doc.documentElement.lang);
    for (const el of doc.querySelectorAll<HTMLElement>('[data-print-date]')) {
      el.textContent = (el.dataset['printed'] ?? '{{date}}').replace('{{date}}', date);
    }
  };
  stamp();
  addEventListener('beforeprint', stamp);
}
