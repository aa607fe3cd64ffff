/**
 * The attribute that marks an iframe as one of our embed pages for resize.js, where its `src` is
 * not the embed.html beside resize.js (another path or name for the same page). The builder's
 * iframe snippet sets it; resize.js still takes heights only from the origin of the frame's `src`.
 */
export const EMBED_MARKER = 'data-study-explainers';
