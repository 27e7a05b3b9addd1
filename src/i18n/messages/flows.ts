import { defineMessages } from '../defineMessages';

/**
 * Flows (issue #18): the sentences for the core's flow findings, keyed 'flows.' + code. The
 * caller fills in labels and formatted numbers (shares as percentages, counts as counts).
 */
export const flowsMessages = defineMessages({
  nl: {
    'flows.funnel-drop': 'Het aandeel {category} daalt het sterkst van {previousStage} naar {stage}: van {fromShare} naar {toShare}.',
    'flows.stock-flow-mismatch':
      '{group}, {category}: het personeelsbestand in {period} ({found}) is niet het personeelsbestand in {previousPeriod} plus instroom min uitstroom ({expected}).',
  },
  en: {
    'flows.funnel-drop': 'The share {category} falls most from {previousStage} to {stage}: from {fromShare} to {toShare}.',
    'flows.stock-flow-mismatch':
      '{group}, {category}: the headcount in {period} ({found}) is not the headcount in {previousPeriod} plus hires minus leavers ({expected}).',
  },
});
