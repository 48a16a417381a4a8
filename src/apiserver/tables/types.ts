// meta.k8s.io/v1 Table: what kube-apiserver returns for `Accept: application/json;as=Table;...`.
// Field names and omitempty behaviour follow k8s.io/apimachinery/pkg/apis/meta/v1.

export interface TableColumnDefinition {
  name: string;
  /** OpenAPI type: "string", "integer", "number", "boolean" or "date". */
  type: string;
  /** "name" marks the column kubectl uses as the object's name. */
  format: string;
  description: string;
  /** 0 = always shown; >0 = shown by kubectl only with `-o wide`. */
  priority: number;
}

export interface TableRowCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface TableRow {
  cells: unknown[];
  conditions?: TableRowCondition[];
  object?: unknown;
}

export interface Table {
  kind: 'Table';
  apiVersion: 'meta.k8s.io/v1';
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  columnDefinitions: TableColumnDefinition[];
  rows: TableRow[];
}

/** The includeObject query parameter (metav1.IncludeObjectPolicy). */
export type IncludeObjectPolicy = 'None' | 'Metadata' | 'Object';

export interface PartialObjectMetadata {
  kind: 'PartialObjectMetadata';
  apiVersion: 'meta.k8s.io/v1';
  metadata: Record<string, unknown>;
}
