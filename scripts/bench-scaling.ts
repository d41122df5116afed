/**
 * History scaling benchmark (also the second table of `npm run bench`): uncached render time
 * of the public pages with 100, 10 000 and 100 000 updates. Prints figures; asserts nothing.
 * The statement-count guard in tests/store/statements-per-page.test.ts is the test.
 *
 * Usage: npm run bench:scaling [-- --runs 15] [--plans]   (--plans: the SQL and query plan of
 * every statement each page issues, with 100 000 updates, instead of the timings)
 */
import { parseArgs } from 'node:util';
import { printQueryPlans } from './bench/query-plans';
import { measureScaling, printScalingTable, SCALING_SIZES, SCALING_TARGET, scalingRatio, cpuScalingRatio } from './bench/scaling';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    plans: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run bench:scaling [-- --runs N] [--plans]');
  console.log('  --runs N   uncached requests per page and size (default 15; the median is shown)');
  console.log(`  --plans    print every page's SQL and query plans with ${SCALING_SIZES.at(-1)} updates instead`);
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);
  process.exit(2);
}

try {
  if (values.plans) {
    await printQueryPlans(SCALING_SIZES.at(-1)!);
    process.exit(0);
  }
  const rows = await measureScaling({ runs, progress: (line) => console.log(line) });
  printScalingTable(rows, SCALING_SIZES, runs);
  const worst = rows.reduce((a, b) => (scalingRatio(b) > scalingRatio(a) ? b : a));
  const met = scalingRatio(worst) <= SCALING_TARGET;
  const worstCpu = Math.max(...rows.map(cpuScalingRatio));
  console.log(`\nworst scaling ${scalingRatio(worst).toFixed(2)}× (${worst.name}; CPU time: worst ${worstCpu.toFixed(2)}×); target ${SCALING_TARGET}×: ${met ? 'MET' : 'NOT MET'}`);
} catch (error) {
  console.error('Scaling benchmark failed:', error);
  process.exitCode = 1;
}
