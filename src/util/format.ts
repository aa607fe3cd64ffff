/** Fills `{name}` slots in a UI string: "Step {n} of {total}". Unknown slots stay visible. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
