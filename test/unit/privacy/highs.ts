import loadHighs from 'highs';
import { highsSolver } from '../../../src/workers/publishSolver';

/** HiGHS as the publish worker uses it (same adapter), loaded once per test file. */
export const solver = highsSolver(await loadHighs());
