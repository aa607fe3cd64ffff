/**
 * The space above and below each widget: `--se-block-margin` where a page sets it, else 1.5rem.
 * The elements' host style and the loader's rule for hosts not yet defined both use it. No
 * imports, so the loader carries only this value.
 */
export const BLOCK_MARGIN = 'var(--se-block-margin, 1.5rem)';
