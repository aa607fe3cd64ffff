/**
 * Words a layout broke across two lines (issue #27: "Checkpoin|t inhibitors"): every visible text
 * node under `root` (and the shadow roots inside it), split into words at spaces and after
 * hyphens and slashes (where a line may end), each measured with a Range; a word whose boxes lie
 * on more than one line is returned, with the text it sits in. SVG text is left out (the
 * pictures wrap their labels by words themselves), and so is visually hidden text (for screen
 * readers only, never laid out as lines to read).
 */
export function wordsBrokenAcrossLines(root: Node): string[] {
  const broken: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) check(child as Text);
      else if (child instanceof Element && !(child instanceof SVGElement) && !child.matches('style, .visually-hidden')) {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  const check = (text: Text) => {
    const value = text.data;
    for (const match of value.matchAll(/[^\s\-/–—]+[-/–—]?/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => r.top);
      // Boxes of one line share their top (within a pixel or two for mixed fonts).
      if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 4) broken.push(`"${match[0]}" in "${value.trim().slice(0, 80)}"`);
    }
  };
  walk(root);
  return broken;
}
