/**
 * The dashboard page as one response. Its sources are real files in `page/` (HTML, CSS and a
 * TypeScript script); scripts/build-page.mjs inlines them into `PAGE_HTML`, so the page needs no
 * asset files and no external resources, and its CSP allows only its own nonce'd script and style.
 */
import { PAGE_HTML } from './page.generated.js';

/** The page for one response: `nonce` is base64, so it needs no escaping in an attribute. */
export function renderPage(nonce: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new TypeError('dashboard: the CSP nonce must be base64');
  return PAGE_HTML.replaceAll('__NONCE__', nonce);
}
