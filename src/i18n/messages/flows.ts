import { defineMessages } from '../defineMessages';

/**
 * Flows (issue #18): the sentences for the core's flow findings, keyed 'flows.' + code. The
 * caller fills in labels and formatted numbers (shares as percentages, counts as counts).
 */
export const flowsMessages = defineMessages({
  nl: {
    'flows.empty-file': 'Het bestand met stromen is leeg.',
    'flows.not-a-table': 'Dit bestand is geen tabel: lees een CSV-bestand of een Excel-bestand (.xlsx) met stromen in.',
    'flows.person-identifying-column':
      'Deze kolom identificeert personen; zulke bestanden worden niet ingelezen. Barometer werkt alleen met aantallen per groep, stroom en herkomst.',
    'flows.person-level':
      'Dit bestand heeft één regel per persoon en geen kolom met aantallen; het wordt niet ingelezen. Maak eerst een overzicht met aantallen per groep, stroom en herkomst.',
    'flows.missing-origin-column':
      'Er is geen kolom met herkomst gevonden: geef een kolom "Herkomst" met een kolom "Aantal", of een kolom per herkomstgroep (Nederland, Europa, Buiten Europa).',
    'flows.missing-count-column': 'Er is een kolom met herkomst maar geen kolom "Aantal" met het aantal personen.',
    'flows.missing-flow-column':
      'Er is geen kolom "Stroom" (instroom, doorstroom, uitstroom) en geen kolom "Fase" (de fasen van de werving).',
    'flows.unknown-flow-kind': '"{value}" is geen stroom: gebruik instroom, doorstroom, uitstroom of werving.',
    'flows.missing-stage': 'Deze regel hoort bij de werving maar noemt geen fase.',
    'flows.unknown-category': '"{value}" is geen herkomstgroep die Barometer kent.',
    'flows.mixed-schemes':
      '"{value}" hoort bij de indeling {other}, de rest van het bestand bij {scheme}; de twee indelingen zijn niet in elkaar om te rekenen.',
    'flows.not-a-number': '"{value}" is geen getal.',
    'flows.missing-count': 'Deze cel is leeg; vul een aantal in, of een punt (.) als het aantal onbekend of geheim is.',
    'flows.negative-count': 'Het aantal {value} is negatief; aantallen zijn nul of meer.',
    'flows.fractional-count': 'Het aantal {value} is geen geheel getal; tel personen, geen fte.',
    'flows.funnel-exceeds-previous':
      '{category}: fase {stage} telt {count} personen, meer dan de {previous} van fase {previousStage} ervoor; niemand komt halverwege de werving binnen.',
    'flows.funnel-drop': 'Het aandeel {category} daalt het sterkst van {previousStage} naar {stage}: van {fromShare} naar {toShare}.',
    'flows.stock-flow-mismatch':
      '{group}, {category}: het personeelsbestand in {period} ({found}) is niet het personeelsbestand in {previousPeriod} plus instroom min uitstroom ({expected}).',
  },
  en: {
    'flows.empty-file': 'The flows file is empty.',
    'flows.not-a-table': 'This file is not a table: load a CSV file or an Excel file (.xlsx) with flows.',
    'flows.person-identifying-column':
      'This column identifies people; such files are not loaded. Barometer works on counts per group, flow and origin only.',
    'flows.person-level':
      'This file has one row per person and no count column; it is not loaded. First make a table of counts per group, flow and origin.',
    'flows.missing-origin-column':
      'No origin column was found: give an "Origin" column with a "Count" column, or one column per origin group (Netherlands, Europe, Outside Europe).',
    'flows.missing-count-column': 'There is an origin column but no "Count" column with the number of people.',
    'flows.missing-flow-column': 'There is no "Flow" column (hires, promotion, leavers) and no "Stage" column (the stages of recruitment).',
    'flows.unknown-flow-kind': '"{value}" is not a flow: use hires, promotion, leavers or recruitment.',
    'flows.missing-stage': 'This row belongs to recruitment but names no stage.',
    'flows.unknown-category': '"{value}" is not an origin group Barometer knows.',
    'flows.mixed-schemes':
      '"{value}" belongs to the {other} classification, the rest of the file to {scheme}; the two cannot be converted into each other.',
    'flows.not-a-number': '"{value}" is not a number.',
    'flows.missing-count': 'This cell is empty; enter a count, or a full stop (.) when the count is unknown or suppressed.',
    'flows.negative-count': 'The count {value} is negative; counts are zero or more.',
    'flows.fractional-count': 'The count {value} is not a whole number; count persons, not FTE.',
    'flows.funnel-exceeds-previous':
      '{category}: stage {stage} counts {count} people, more than the {previous} of stage {previousStage} before it; nobody enters recruitment halfway.',
    'flows.funnel-drop': 'The share {category} falls most from {previousStage} to {stage}: from {fromShare} to {toShare}.',
    'flows.stock-flow-mismatch':
      '{group}, {category}: the headcount in {period} ({found}) is not the headcount in {previousPeriod} plus hires minus leavers ({expected}).',
  },
});
