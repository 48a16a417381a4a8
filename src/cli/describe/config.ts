// `kubectl describe configmap` and `describe secret`.
import type { KubeObject } from '../../client/types.js';
import { LEVEL_0, tabbed } from './prefix-writer.js';
import { sortedKeys } from './format.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writeEvents } from './events.js';

export interface ConfigMapRelated {
  events?: KubeObject[];
  now?: number;
}

const decodedLength = (b64: string): number => Buffer.from(b64 ?? '', 'base64').length;

// kubectl ranges over Go maps for data keys (random order); we print them sorted.
export function describeConfigMap(cm: KubeObject, related: ConfigMapRelated = {}): string {
  const meta = cm.metadata ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortedKeys(cm.data)) {
      w.write(LEVEL_0, `${k}:\n----\n`);
      w.write(LEVEL_0, `${cm.data[k]}\n`);
      w.write(LEVEL_0, '\n');
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const k of sortedKeys(cm.binaryData)) w.write(LEVEL_0, `${k}: ${decodedLength(cm.binaryData[k])} bytes\n`);
    w.write(LEVEL_0, '\n');
    if (related.events) writeEvents(w, related.events, related.now ?? Date.now());
  });
}

export function describeSecret(secret: KubeObject): string {
  const meta = secret.metadata ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortedKeys(secret.data)) {
      const raw: string = secret.data[k] ?? '';
      // a service-account token is shown in full; everything else only by size
      if (k === 'token' && secret.type === 'kubernetes.io/service-account-token')
        w.write(LEVEL_0, `${k}:\t${Buffer.from(raw, 'base64').toString('utf8')}\n`);
      else w.write(LEVEL_0, `${k}:\t${decodedLength(raw)} bytes\n`);
    }
  });
}
