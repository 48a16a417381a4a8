// The flags many kubectl commands share, defined once as kubectl's own source defines them
// (genericclioptions.PrintFlags, cmdutil.AddDryRunFlag, AddValidateFlags, AddFilenameOptionFlags,
// AddLabelSelectorFlagVar, delete.DeleteFlags, ...); each page adds the ones its command adds.
// Order does not matter: a page sorts its flags by name.
import { bool, int, list, str, val, type FlagHelp } from '../flag-help.js';

/** the -o formats PrintFlags offers when only JSON/YAML, name and template printers apply */
export const OUTPUT_FORMATS = 'json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file';

/** -o as PrintFlags words it; note is appended after the formats list (get's links). */
export function outputFlag(formats = OUTPUT_FORMATS, defaultFormat = '', note = ''): FlagHelp {
  return str('-o, --output', defaultFormat, `Output format. One of: (${formats}).${note}`);
}

/** PrintFlags: -o and the template flags that come with it. */
export function printFlags(output: FlagHelp = outputFlag()): FlagHelp[] {
  return [
    bool('--allow-missing-template-keys', true, 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'),
    output,
    bool('--show-managed-fields', false, 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
    str('--template', '', 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'),
  ];
}

export const DRY_RUN_FLAG = str('--dry-run', 'none', 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.');

export const VALIDATE_FLAG = str('--validate', 'strict', 'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.');

/** AddApplyAnnotationFlags */
export const SAVE_CONFIG_FLAG = bool('--save-config', false, 'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform mk apply on this object in the future.');

/** AddFieldManagerFlagVar: the default names the command ("kubectl-create", "kubectl-run", ...). */
export function fieldManagerFlag(manager: string): FlagHelp {
  return str('--field-manager', manager, 'Name of the manager used to track field ownership.');
}

/** AddLabelSelectorFlagVar */
export const SELECTOR_FLAG = str('-l, --selector', '', "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.");

export const FIELD_SELECTOR_FLAG = str('--field-selector', '', "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.");

export const ALL_NAMESPACES_FLAG = bool('-A, --all-namespaces', false, 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.');

/** AddChunkSizeFlag */
export const CHUNK_SIZE_FLAG = int('--chunk-size', 500, 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.');

export const NO_HEADERS_FLAG = bool('--no-headers', false, "When using the default or custom-column output format, don't print headers (default print headers).");

/** AddContainerVarFlags as attach, exec and cp word it */
export const CONTAINER_FLAG = str('-c, --container', '', 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen');

/** AddPodRunningTimeoutFlag: the default differs by command (logs waits less). */
export function podRunningTimeoutFlag(defaultTimeout: string): FlagHelp {
  return val('--pod-running-timeout', defaultTimeout, 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running');
}

const RECURSIVE_FLAG = bool('-R, --recursive', false, 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.');

/** the purpose most commands give their -f: kubectl's usual "usage" string */
export const GET_FROM_SERVER = 'identifying the resource to get from a server.';

/** cmdutil.AddFilenameOptionFlags: purpose completes "Filename, directory, or URL to files ...". */
export function filenameOptionFlags(purpose: string): FlagHelp[] {
  return [
    list('-f, --filename', [], `Filename, directory, or URL to files ${purpose}`),
    str('-k, --kustomize', '', "Process the kustomization directory. This flag can't be used together with -f or -R."),
    RECURSIVE_FLAG,
  ];
}

/** genericclioptions.FileNameFlags, as DeleteFlags adds them: the -f usage is the command's own. */
function fileNameFlags(filenameUsage: string): FlagHelp[] {
  return [
    list('-f, --filename', [], filenameUsage),
    str('-k, --kustomize', '', "Process a kustomization directory. This flag can't be used together with -f or -R."),
    RECURSIVE_FLAG,
  ];
}

/** cmdutil.OverrideOptions: expose and run */
export const OVERRIDE_FLAGS = [
  str('--override-type', 'merge', 'The method used to override the generated object: json, merge, or strategic.'),
  str('--overrides', '', 'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.'),
];

/** delete.DeleteFlags as delete, apply, replace and run add them (delete alone waits by default). */
export function deleteFlags(filenameUsage: string, waitByDefault: boolean): FlagHelp[] {
  return [
    ...fileNameFlags(filenameUsage),
    str('--cascade', 'background', 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.'),
    bool('--force', false, 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.'),
    int('--grace-period', -1, 'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).'),
    val('--timeout', '0s', 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object'),
    bool('--wait', waitByDefault, 'If true, wait for resources to be gone before returning. This waits for finalizers.'),
  ];
}
