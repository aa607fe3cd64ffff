/** The two script-tag embeds every hardened-page test runs with: the classic bundle and the loader. */
export const EMBEDS = ['classic', 'loader'] as const;
export type Embed = (typeof EMBEDS)[number];

/** A fixture page's URL for `embed` (the test server rewrites the script tag for the loader). */
export const withEmbed = (url: string, embed: Embed) => (embed === 'loader' ? `${url}${url.includes('?') ? '&' : '?'}embed=loader` : url);
