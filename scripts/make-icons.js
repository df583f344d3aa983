#!/usr/bin/env node
/**
 * Draws Plan vivant's icons (a seedling growing over a checklist sheet: a "living plan") and
 * writes them as PNG files in assets/. Pure Node: shapes are inside-tests in a 16-unit square,
 * each pixel is supersampled for anti-aliasing, and the PNG is written with zlib by hand.
 * The PNGs are committed; this script stays so they can be made again: `node scripts/make-icons.js`.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Buffer } = require("buffer");

const COLORS = {
  ink: [46, 64, 60, 255], // sheet outline
  paper: [255, 255, 255, 255],
  header: [43, 95, 117, 255], // calendar band
  rule: [150, 163, 158, 255], // checklist lines
  box: [120, 135, 130, 255],
  check: [33, 115, 70, 255],
  stem: [46, 125, 50, 255],
  leafLight: [102, 187, 72, 255],
  leafDark: [46, 140, 58, 255],
  vein: [230, 245, 225, 255],
  halo: [255, 255, 255, 255],
  backdrop: [232, 245, 233, 255], // logo-filled background
};

// ---- shapes: each is (x, y) => boolean, in icon units (0..16) -------------------------------

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A thick polyline with round caps and joins. */
function stroke(points, width) {
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      if (segmentDistance(x, y, ax, ay, bx, by) <= width / 2) return true;
    }
    return false;
  };
}

/** A leaf from its base (ax, ay) to its tip (bx, by), widest near the first third, `grow` wider. */
function leaf(ax, ay, bx, by, width, grow = 0) {
  const len = Math.hypot(bx - ax, by - ay);
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  return (x, y) => {
    const u = (x - ax) * ux + (y - ay) * uy;
    const v = -(x - ax) * uy + (y - ay) * ux;
    const t = u / len;
    if (t < -grow / len || t > 1 + grow / len) return false;
    const tc = Math.min(1, Math.max(0, t));
    const half = (width / 2) * Math.pow(4 * tc * (1 - tc), 0.75) * (1 + 0.25 * (1 - tc));
    return Math.abs(v) <= half + grow;
  };
}

/** Points along a quadratic Bézier curve. */
function curve(p0, p1, p2, steps = 12) {
  const points = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]]);
  }
  return points;
}

const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

// ---- the scene ---------------------------------------------------------------------------------

/**
 * Layers, bottom to top, for an icon of `size` pixels. Line widths are kept at about one pixel
 * or more so the small sizes stay crisp; details (check marks, veins) appear from 32 px.
 */
function scene(size) {
  const px = 16 / size; // one pixel in icon units
  const line = (minPx, units) => Math.max(minPx * px, units);
  const detailed = size >= 32;
  const layers = [];

  // The sheet: outline, paper, calendar band.
  // Edges on whole units keep the 16 px icon crisp.
  const sx0 = 1;
  const sy0 = 2;
  const sx1 = 11;
  const sy1 = 15;
  const border = line(1, 0.7);
  const outer = roundRect(sx0, sy0, sx1, sy1, 1.6);
  const inner = roundRect(
    sx0 + border,
    sy0 + border,
    sx1 - border,
    sy1 - border,
    Math.max(0.2, 1.6 - border),
  );
  layers.push([outer, COLORS.ink]);
  layers.push([inner, COLORS.paper]);
  const band = (x, y) => inner(x, y) && y <= sy0 + 3;
  layers.push([band, COLORS.header]);
  if (detailed) {
    // two rings of a wall calendar on the band
    layers.push([roundRect(3.4, 1, 4.4, 4, 0.5), COLORS.ink]);
    layers.push([roundRect(7.4, 1, 8.4, 4, 0.5), COLORS.ink]);
  }

  // The checklist: three rows (two at 16 px), first ones ticked.
  const rows = detailed ? [7.2, 10.0, 12.8] : [7.5, 11.5];
  rows.forEach((ry, i) => {
    const boxSize = detailed ? 1.9 : 2;
    const bx0 = detailed ? 2.3 : 2;
    const by0 = ry - boxSize / 2;
    if (detailed) {
      const bw = line(1, 0.4);
      const box = roundRect(bx0, by0, bx0 + boxSize, by0 + boxSize, 0.35);
      const hole = roundRect(bx0 + bw, by0 + bw, bx0 + boxSize - bw, by0 + boxSize - bw, 0.1);
      layers.push([minus(box, hole), COLORS.box]);
      if (i < rows.length - 1) {
        layers.push([
          stroke(
            [
              [bx0 + 0.35, ry + 0.05],
              [bx0 + 0.85, ry + 0.6],
              [bx0 + 2.0, ry - 1.05],
            ],
            line(1.4, 0.5),
          ),
          COLORS.check,
        ]);
      }
    } else {
      layers.push([
        roundRect(bx0, by0, bx0 + boxSize, by0 + boxSize, 0),
        i === 0 ? COLORS.check : COLORS.box,
      ]);
    }
    const lineHeight = line(1, 0.55);
    layers.push([roundRect(5, ry - lineHeight / 2, 9, ry + lineHeight / 2, lineHeight / 4), COLORS.rule]);
  });

  // The seedling, over the sheet's lower right corner, with a white halo to stand apart.
  const stemPath = curve([12.6, 15.6], [12.9, 12.5], [12.1, 9.2]);
  const stemWidth = line(1.3, 0.9);
  const leftLeaf = [12.3, 10.6, 7.6, 7.6, 3.4];
  const rightLeaf = [12.2, 9.6, 15.6, 4.2, 4.0];
  const halo = line(1, 0.75);
  layers.push([
    union(
      stroke(stemPath, stemWidth + 2 * halo),
      leaf(...leftLeaf, halo),
      leaf(...rightLeaf, halo),
      roundRect(9.6, 14.6, 15.6, 16, 0.5),
    ),
    COLORS.halo,
  ]);
  layers.push([stroke(stemPath, stemWidth), COLORS.stem]);
  layers.push([leaf(...leftLeaf), COLORS.leafLight]);
  layers.push([leaf(...rightLeaf), COLORS.leafDark]);
  if (size >= 64) {
    layers.push([
      stroke(
        [
          [12.3, 10.6],
          [9.4, 8.7],
        ],
        line(1.2, 0.18),
      ),
      COLORS.vein,
    ]);
    layers.push([
      stroke(
        [
          [12.2, 9.6],
          [14.3, 6.4],
        ],
        line(1.2, 0.18),
      ),
      COLORS.vein,
    ]);
  }
  // A strip of soil the seedling grows from.
  layers.push([roundRect(10.2, 15.0, 15.0, 16, 0.45), COLORS.stem]);
  return layers;
}

// ---- rendering -----------------------------------------------------------------------------------

/**
 * Renders `size`×`size` RGBA pixels. `backdrop` (optional) fills a rounded square behind the
 * icon, which is then drawn at `scale` of the size, centred.
 */
function render(size, { backdrop = null, scale = 1 } = {}) {
  const samples = size <= 32 ? 8 : 4;
  const layers = scene(Math.round(size * scale));
  const back = backdrop ? roundRect(0, 0, 16, 16, 3.2) : null;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((pxi + (sx + 0.5) / samples) / size) * 16;
          const y = ((py + (sy + 0.5) / samples) / size) * 16;
          // icon coordinates inside the (possibly scaled) icon square
          const ix = (x - 8) / scale + 8;
          const iy = (y - 8) / scale + 8;
          let color = null;
          if (back && back(x, y)) color = backdrop;
          for (const [shape, c] of layers) if (shape(ix, iy)) color = c;
          if (color) {
            const alpha = color[3] / 255;
            r += color[0] * alpha;
            g += color[1] * alpha;
            b += color[2] * alpha;
            a += alpha;
          }
        }
      }
      const o = (py * size + pxi) * 4;
      const n = samples * samples;
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round((a / n) * 255);
    }
  }
  return pixels;
}

// ---- PNG -------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG file (8 bits per channel, no interlace). */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The files this script writes: name -> [size, render options]. */
const ICONS = {
  "icon-16.png": [16, {}],
  "icon-32.png": [32, {}],
  "icon-64.png": [64, {}],
  "icon-80.png": [80, {}],
  "icon-128.png": [128, {}],
  "logo-filled.png": [256, { backdrop: COLORS.backdrop, scale: 0.8 }],
};

function main(outDir = path.join(__dirname, "..", "assets")) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, [size, options]] of Object.entries(ICONS)) {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, encodePng(size, size, render(size, options)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

module.exports = { encodePng, render, ICONS, main };

if (require.main === module) main(process.argv[2]);
