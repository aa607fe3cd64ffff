// What every off-page page shares: escaping, one fixed font (the same glyphs on every run, so the
// same pixels), the widgets' font through their --se-font-family, and no motion.
import { escapeHtml } from '../../dist/prerender/text-fallback.js';

export { escapeHtml };

/**
 * Fonts Debian's fonts-liberation2 and fonts-dejavu-core install (Chromium's own dependencies):
 * Liberation Sans has Arial's narrow metrics, so 12 pt text takes fewer lines; DejaVu fills in glyphs.
 */
const FONT_STACK = "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

const BASE_CSS = `
:root { --se-font-family: ${FONT_STACK}; font-family: ${FONT_STACK}; color: #111; background: #fff; }
*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent; }
body { margin: 0; }
`;

/** A whole page: `lang`, a title, the styles and the body. */
export function pageHtml({ lang, title, css, body }) {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${BASE_CSS}${css}</style></head><body>${body}</body></html>`;
}

/** `text` as a paragraph, or nothing when it is empty. */
export const para = (text, className = '') => (text ? `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>` : '');

/** A list of texts, or nothing when it is empty. */
export const bullets = (items, className = '') =>
  items.length ? `<ul${className ? ` class="${className}"` : ''}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';
