// The flags every kubectl command accepts (kubectl options); `mk options` lists those mk has.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { bool, int, list, str, val, type FlagHelp } from '../flag-help.js';

export const GLOBAL_FLAGS: FlagHelp[] = [
  str("--as", "", "Username to impersonate for the operation. User could be a regular user or a service account in a namespace."),
  list("--as-group", [], "Group to impersonate for the operation, this flag can be repeated to specify multiple groups."),
  str("--as-uid", "", "UID to impersonate for the operation."),
  str("--cache-dir", join(homedir(), ".kube", "cache"), "Default cache directory"),
  str("--certificate-authority", "", "Path to a cert file for the certificate authority"),
  str("--client-certificate", "", "Path to a client certificate file for TLS"),
  str("--client-key", "", "Path to a client key file for TLS"),
  str("--cluster", "", "The name of the kubeconfig cluster to use"),
  str("--context", "", "The name of the kubeconfig context to use"),
  bool("--disable-compression", false, "If true, opt-out of response compression for all requests to the server"),
  bool("--insecure-skip-tls-verify", false, "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure"),
  str("--kubeconfig", "", "Path to the kubeconfig file to use for CLI requests."),
  val("--log-flush-frequency", "5s", "Maximum number of seconds between log flushes"),
  bool("--match-server-version", false, "Require server version to match client version"),
  str("-n, --namespace", "", "If present, the namespace scope for this CLI request"),
  str("--password", "", "Password for basic authentication to the API server"),
  str("--profile", "none", "Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)"),
  str("--profile-output", "profile.pprof", "Name of the file to write the profile to"),
  str("--request-timeout", "0", "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests."),
  str("-s, --server", "", "The address and port of the Kubernetes API server"),
  str("--tls-server-name", "", "Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used"),
  str("--token", "", "Bearer token for authentication to the API server"),
  str("--user", "", "The name of the kubeconfig user to use"),
  str("--username", "", "Username for basic authentication to the API server"),
  int("-v, --v", 0, "number for the log level verbosity"),
  val("--vmodule", "", "comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)"),
  bool("--warnings-as-errors", false, "Treat warnings received from the server as errors and exit with a non-zero exit code"),
];
