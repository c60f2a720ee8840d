/**
 * SVG → PNG through a canvas, at a device scale (2× by default).
 * - `canvas.toBlob()` stalls about a second after a real click in Chromium: `toDataURL` is used instead.
 * - The build's Content-Security-Policy (`connect-src 'self'`) blocks `fetch('data:…')`: the base64 is
 *   decoded here.
 */
export interface Raster {
  dataUrl: string;
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

/** The bytes of a base64 data URL. */
export function dataUrlToBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const comma = dataUrl.indexOf(',');
  if (comma < 0 || !/;base64$/i.test(dataUrl.slice(0, comma))) {
    throw new Error('Not a base64 data URL.');
  }
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The image could not be drawn.'));
  });
  image.src = src;
  await loaded;
  return image;
}

/** Draw an SVG document on a white canvas at `scale` and encode it as PNG. */
export async function rasteriseSvg(svg: string, width: number, height: number, scale = 2): Promise<Raster> {
  // A blob URL, not a data URL: no percent-encoding of a large document on the way in.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  let image: HTMLImageElement;
  try {
    image = await loadImage(url);
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  // Opaque (the background is white): the encoder skips the alpha channel.
  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new Error('This browser cannot draw images (no canvas).');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const dataUrl = canvas.toDataURL('image/png');
  return { dataUrl, bytes: dataUrlToBytes(dataUrl), width: canvas.width, height: canvas.height };
}
