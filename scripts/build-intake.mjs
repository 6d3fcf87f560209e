/**
 * `node scripts/build-intake.mjs` (the last step of `npm run build`): bundles the order-intake fast
 * path (lib/http/fast-intake.ts) into <distDir>/emask/fast-intake.mjs for scripts/server.mjs, which is
 * plain JavaScript and cannot import TypeScript (D84). Only the app's own code is bundled; packages
 * stay imports from node_modules, shared at run time with Next's bundle in the same process (one
 * Prisma runtime, one pg). Runs after `next build`, which empties the dist directory first.
 */
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const outfile = path.join(root, distDir, "emask", "fast-intake.mjs");

await build({
  entryPoints: [path.join(root, "lib/http/fast-intake.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
  plugins: [{
    // Nothing on this path is a React module; `server-only` guards Next's bundles, not this one.
    name: "server-only",
    setup(b) {
      b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
      b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
    },
  }],
});
console.log(`build: order-intake fast path → ${path.relative(root, outfile)}`);
