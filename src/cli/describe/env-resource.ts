// kubectl ExtractContainerResourceValue: the value a resourceFieldRef env var gets.
import { isZero, parseQuantity, quantityMilliValue, quantityValue, ZERO, type Quantity } from './quantity.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const get = (list: Record<string, string> | undefined, name: string): Quantity => parseQuantity(list?.[name]) ?? ZERO;

const ceilDiv = (a: number, b: number): string => {
  const v = Math.ceil(a / b);
  // Go's int64 conversion of a non-finite float on amd64
  return Number.isFinite(v) ? String(v) : '-9223372036854775808';
};

/** The resolved value, or '' when the resource is not supported. */
export function envResourceValue(ref: any, container: any): string {
  const divisorQ = parseQuantity(ref.divisor);
  const divisor = divisorQ && !isZero(divisorQ) ? divisorQ : (parseQuantity('1') as Quantity);
  const resource: string = ref.resource ?? '';
  const dot = resource.indexOf('.');
  const kind = resource.slice(0, dot);
  const name = resource.slice(dot + 1);
  const list = kind === 'limits' ? container.resources?.limits : kind === 'requests' ? container.resources?.requests : undefined;
  if (dot < 0 || (kind !== 'limits' && kind !== 'requests')) return '';
  if (name === 'cpu') return ceilDiv(quantityMilliValue(get(list, 'cpu')), quantityMilliValue(divisor));
  if (name === 'memory' || name === 'ephemeral-storage' || name.startsWith('hugepages-'))
    return ceilDiv(quantityValue(get(list, name)), quantityValue(divisor));
  return '';
}
