// Draws the app icon (a rounded square in the theme colour with a white three-band "support
// pyramid": three stacked centred bars, widest at the bottom) and writes it as PNG files into
// static/icons/. No dependencies: the PNG is written by hand (signature, IHDR, IDAT, IEND, each
// chunk with its CRC-32) and compressed with node:zlib. The output is deterministic, so running
// it again gives byte-identical files. Usage: node scripts/make-icons.mjs [out-dir]
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// --accent in style/theme.css, the app's primary colour (buttons, links, focus of the nav).
const THEME = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];
const SUB = 4; // 4x4 samples per pixel for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (Uint8Array, width*height*4) to a PNG file. */
function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Is (x, y) inside the rectangle [x0,x1]x[y0,y1] with corner radius r? */
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * The icon in unit coordinates (0..1). `maskable`: the background fills the whole square
 * (the platform cuts its own shape) and the pyramid stays inside the centre 80 % safe zone.
 */
function shapes(maskable) {
  // The pyramid: width and height of its bounding box, centred.
  const w = maskable ? 0.5 : 0.66;
  const h = maskable ? 0.4 : 0.52;
  const gap = h * 0.12;
  const bar = (h - 2 * gap) / 3;
  const top = 0.5 - h / 2;
  const widths = [w * 0.42, w * 0.71, w]; // top, middle, bottom
  const bars = widths.map((bw, i) => {
    const y0 = top + i * (bar + gap);
    return [0.5 - bw / 2, y0, 0.5 + bw / 2, y0 + bar, bar * 0.22];
  });
  const bg = maskable ? [0, 0, 1, 1, 0] : [0, 0, 1, 1, 0.2];
  return { bg, bars };
}

function draw(size, maskable) {
  const { bg, bars } = shapes(maskable);
  const out = new Uint8Array(size * size * 4);
  const n = SUB * SUB;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums over the samples.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const x = (px + (sx + 0.5) / SUB) / size;
          const y = (py + (sy + 0.5) / SUB) / size;
          if (!inRoundRect(x, y, ...bg)) continue;
          const c = bars.some((s) => inRoundRect(x, y, ...s)) ? WHITE : THEME;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return png(size, size, out);
}

const dir = process.argv[2] || "static/icons";
mkdirSync(dir, { recursive: true });
const files = [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
  ["favicon-32.png", 32, false],
];
for (const [name, size, maskable] of files) {
  const data = draw(size, maskable);
  writeFileSync(join(dir, name), data);
  console.log(`make-icons: ${join(dir, name)} ${size}x${size} ${data.length} bytes`);
}
