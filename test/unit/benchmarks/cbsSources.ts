import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CbsSourceFiles } from '../../../src/core/benchmarks/real/buildBundledBenchmarks';

/** The CBS source files copied into the project (data/cbs/), as the build script reads them. */
export function readCbsSources(): CbsSourceFiles {
  const read = (path: string) => readFileSync(join(__dirname, '../../../data/cbs', path), 'utf8');
  return {
    herkomstNational: read('origin/85456NED-arbeidsdeelname-herkomst-nederland-2013-2024.csv'),
    migratieNational: read('origin/82809NED-arbeidsdeelname-migratieachtergrond-nederland-2003-2022.csv'),
    herkomstRegions: read('origin/85512NED-arbeidsdeelname-herkomst-regios-2021.csv'),
    regionalTrend: read('origin/86008NED-arbeidsdeelname-herkomst-regios-2014-2023.csv'),
    amCodes: read('codes/arbeidsmarktregios-84916NED-2022.csv'),
    jobs: read('weights/83583NED-banen-werknemers-sbi-bedrijfsgrootte-2010-2019.csv'),
    sbiKeys: read('codes/83583NED-sbi2008-keys.csv'),
  };
}
