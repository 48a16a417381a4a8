// Events (core/v1): printEvent. LAST SEEN falls back to firstTimestamp, then eventTime;
// a series overrides it with lastObservedTime and supplies the count.
import type { KubeObject } from '../../client/types.js';
import { DESCRIPTIONS } from './descriptions.js';
import { column, int, parseTime, str, timestampSince } from './common.js';
import type { PrintContext, PrintedRow, TablePrinter } from './common.js';

/**
 * formatEventSource: component (or the reporting controller, whose core/v1 JSON name is
 * reportingComponent), then ", host" (or reportingInstance) when there is one.
 */
function eventSource(ev: KubeObject): string {
  const component = str(ev.source?.component) || str(ev.reportingComponent);
  const instance = str(ev.source?.host) || str(ev.reportingInstance);
  return instance === '' ? component : `${component}, ${instance}`;
}

function printEvent(ev: KubeObject, ctx: PrintContext): PrintedRow {
  const firstSeen = parseTime(ev.firstTimestamp)
    ? timestampSince(ev.firstTimestamp, ctx.now)
    : timestampSince(ev.eventTime, ctx.now);
  let lastSeen = parseTime(ev.lastTimestamp) ? timestampSince(ev.lastTimestamp, ctx.now) : firstSeen;

  let count = int(ev.count);
  if (ev.series != null) {
    lastSeen = timestampSince(ev.series.lastObservedTime, ctx.now);
    count = int(ev.series.count);
  } else if (count === 0) {
    // Singleton events don't have a count set in the new API.
    count = 1;
  }

  const involved = ev.involvedObject ?? {};
  const kind = str(involved.kind).toLowerCase();
  const target = str(involved.name) !== '' ? `${kind}/${involved.name}` : kind;
  const message = str(ev.message).trim();

  if (!ctx.wide) return { cells: [lastSeen, str(ev.type), str(ev.reason), target, message] };
  return {
    cells: [
      lastSeen,
      str(ev.type),
      str(ev.reason),
      target,
      str(involved.fieldPath),
      eventSource(ev),
      message,
      firstSeen,
      count,
      str(ev.metadata?.name),
    ],
  };
}

export const eventPrinter: TablePrinter = {
  columns: [
    column('Last Seen', 'string', DESCRIPTIONS.eventLastTimestamp),
    column('Type', 'string', DESCRIPTIONS.eventType),
    column('Reason', 'string', DESCRIPTIONS.eventReason),
    column('Object', 'string', DESCRIPTIONS.eventInvolvedObject),
    column('Subobject', 'string', DESCRIPTIONS.objectReferenceFieldPath, 1),
    column('Source', 'string', DESCRIPTIONS.eventSource, 1),
    column('Message', 'string', DESCRIPTIONS.eventMessage),
    column('First Seen', 'string', DESCRIPTIONS.eventFirstTimestamp, 1),
    column('Count', 'string', DESCRIPTIONS.eventCount, 1),
    column('Name', 'string', DESCRIPTIONS.objectName, 1, 'name'),
  ],
  printRow: printEvent,
};
