import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importTable } from '../../../src/core';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/flows/${name}`));

// A file of flows read as staff would count hires and leavers as employees.
describe('a file of flows given to the staff import', () => {
  it.each([
    ['with-stocks.csv', 'Stroom'],
    ['wide-nl-crlf.csv', 'Stroom'],
    ['funnel-order.csv', 'Fase'],
  ])('%s is refused at its header, naming the %s column', (name, column) => {
    const result = importTable(fixture(name));
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'flows-file', row: 1, column }));
  });

  it('keeps reading staff files whose columns only look alike: a salary "Step", a "Stroom" of other values', () => {
    const step = importTable('Schaal;Step;Nederland;Europa;Buiten Europa\n10;1;12;3;4\n10;2;9;2;2\n');
    expect(step.ok).toBe(true);
    // A "Stroom" that is a product line, not a flow: Zorg and Welzijn are no instroom or uitstroom.
    const line = importTable('Stroom;Herkomst;Aantal\nZorg;Nederland;40\nWelzijn;Nederland;12\n');
    expect(line.ok).toBe(true);
  });
});
