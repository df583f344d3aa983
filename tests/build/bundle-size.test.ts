/** bench/bundle-size.js: which scripts count, how they are measured, when it fails. */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bench = require("../../bench/bundle-size.js");

describe("scriptFiles", () => {
  test("counts our scripts (quoted or not, with queries) and leaves office.js out", () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
      '<script src="/office-js/office.js"></script><script src=//cdn.example.org/x.js></script>' +
      '<script defer="defer" src="react.1a2b3c4d.js"></script><script defer src=fluent.js?v=2></script>' +
      "<script defer src='./taskpane.js'></script><script>inline()</script>";
    expect(bench.scriptFiles(html)).toEqual(["react.1a2b3c4d.js", "fluent.js", "taskpane.js"]);
  });
});

describe("measure and main", () => {
  let dir: string;
  const log = () => jest.spyOn(console, "log").mockImplementation(() => undefined);
  const err = () => jest.spyOn(console, "error").mockImplementation(() => undefined);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-bench-"));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  function page(files: Record<string, Buffer | string>) {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    const tags = Object.keys(files)
      .map((f) => `<script defer src=${f}></script>`)
      .join("");
    fs.writeFileSync(
      path.join(dir, "taskpane.html"),
      `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>${tags}`,
    );
  }

  test("sums raw and gzipped sizes of the page's scripts", () => {
    const a = "const a = 1;\n".repeat(500);
    const b = "let b = 2;";
    page({ "a.js": a, "b.js": b });
    const { scripts, total } = bench.measure(dir);
    expect(scripts.map((s: { file: string }) => s.file)).toEqual(["a.js", "b.js"]);
    expect(total.raw).toBe(a.length + b.length);
    const gz = (s: string) => zlib.gzipSync(Buffer.from(s), { level: 9 }).length;
    expect(total.gzip).toBe(gz(a) + gz(b));
    expect(total.gzip).toBeLessThan(total.raw);
  });

  test("exits 0 within the budget, 1 over it (150 KiB gzipped), 2 without a build", () => {
    log();
    err();
    expect(bench.main([dir])).toBe(2);
    page({ "small.js": "x".repeat(10000) });
    expect(bench.main([dir])).toBe(0);
    // random bytes do not compress: 160 KiB raw is over 150 KiB gzipped
    page({ "big.js": crypto.randomBytes(160 * 1024) });
    expect(bench.BUDGET_GZIP_BYTES).toBe(150 * 1024);
    expect(bench.main([dir])).toBe(1);
  });
});
