#!/usr/bin/env node
/**
 * A tiny static file server for the standalone page (plain HTTP, no dependency): serves a folder on
 * localhost, on the first free port from the one asked (3000 by default).
 *
 *   node scripts/serve-static.js [folder] [--port 3000]
 */
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file a request path names inside `root`, or null when it would leave it. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function handler(root, index) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let file = fileFor(root, req.url || "/");
    if (file === null) {
      res.writeHead(400).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, index);
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": TYPES[".txt"] }).end("404\n");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        // Hashed bundles never change; the page itself is checked each time.
        "Cache-Control": /\.[0-9a-f]{8}\.js$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

/** Listens on `port`, or the next free one (up to 20 tries); resolves with the server and its address. */
function serve({ dir, port = 3000, host = "localhost", index = "index.html", tries = 20 }) {
  const root = path.resolve(dir);
  return new Promise((resolve, reject) => {
    const attempt = (p, left) => {
      const server = http.createServer(handler(root, index));
      server.once("error", (error) => {
        if (error.code === "EADDRINUSE" && left > 0) attempt(p + 1, left - 1);
        else reject(error);
      });
      server.listen(p, host, () => {
        const actual = server.address().port;
        resolve({ server, port: actual, url: `http://${host}:${actual}/` });
      });
    };
    attempt(port, port === 0 ? 0 : tries);
  });
}

function main(argv = process.argv.slice(2)) {
  const portAt = argv.indexOf("--port");
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 3000;
  const dir = argv.find((a, i) => !a.startsWith("--") && i !== portAt + 1) || "dist/standalone";
  return serve({ dir, port }).then(({ url }) => {
    process.stdout.write(`${url}\n`);
  });
}

module.exports = { serve, fileFor, TYPES };

if (require.main === module) {
  main().catch((error) => {
    console.error(`serve-static: ${error.message}`);
    process.exitCode = 1;
  });
}
