// Bundles the console's charts (console/console-charts.js with the parts of Apache ECharts it imports) into one
// minified script, served by us at /console/console-charts.js: no CDN, no unused chart types.
// usage: node console-build.mjs <outFile>
import { build } from 'esbuild';

const [outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node console-build.mjs <outFile>');
  process.exit(2);
}
await build({
  entryPoints: ['console/console-charts.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome90', 'safari14'],
  legalComments: 'eof',
  outfile: outFile,
});
