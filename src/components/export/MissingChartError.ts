/** Thrown when an image is asked for but the chart is missing; the menu shows a message. */
export class MissingChartError extends Error {}
