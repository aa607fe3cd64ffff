// A QR code for the handout's link, as an SVG: uqr (a small, dependency-free encoder, MIT) makes
// the modules; one path draws them, black on white with the 4-module quiet zone scanners expect.
import { encode } from 'uqr';

/** SVG text of a QR code holding `text` (error correction M: survives a smudge or a fold). */
export function qrSvg(text) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
