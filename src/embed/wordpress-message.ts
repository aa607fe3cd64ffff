/**
 * WordPress's embed height protocol, so a WordPress iframe/oEmbed of embed.html resizes with
 * WordPress's own `wp-embed` script and none of ours. WordPress adds `#?secret=<token>` to the
 * iframe URL (and `data-secret` to the iframe); the framed page posts
 * `{ secret, message: 'height', value }` to its parent, and wp-embed sets the height of the iframe
 * carrying that secret. Like wp-embed's own template, the secret is read from the URL hash.
 */
export interface WordPressHeightMessage {
  secret: string;
  message: 'height';
  value: number;
}

/** The secret in a hash such as `#?secret=Ab12Cd34Ef`; wp-embed ignores secrets with other characters. */
export function wordpressSecret(hash: string): string | null {
  const match = hash.match(/[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/);
  return match ? match[1] : null;
}

export function wordpressHeightMessage(secret: string, height: number): WordPressHeightMessage {
  return { secret, message: 'height', value: Math.ceil(height) };
}
