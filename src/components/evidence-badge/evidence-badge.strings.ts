/** UI strings of <evidence-badge>. Templates fill `{name}` slots with `format()`. */
export interface BadgeStrings {
  /** Accessible name of the element's region. */
  label: string;
}

export const badgeEn: BadgeStrings = {
  label: 'evidence-badge',
};

export const badgeEs: BadgeStrings = {
  label: 'evidence-badge',
};
