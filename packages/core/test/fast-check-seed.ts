// One seed for every property test, so a CI run is repeatable: a failure found there fails again on rerun.
// Explore other inputs locally with FC_SEED=<number>, or FC_SEED=random for a fresh seed each run.
import fc from 'fast-check';

const setting = process.env['FC_SEED'];
const seed = setting === 'random' ? Date.now() : Number(setting ?? 20261201);
if (setting === 'random') console.log(`fast-check seed: ${seed}`);
fc.configureGlobal({ seed });
