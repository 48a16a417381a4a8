#!/usr/bin/env bash
# Seed 004 (Kubernetes Basics: kubernetes-bootcamp), line by line.
. "$(dirname "$0")/lib.sh"

run kubectl get nodes
ok; header 'NAME STATUS ROLES AGE VERSION'; has "^mk +Ready +control-plane +$AGE +v1\.[0-9.]+$"

run kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
ok; is 'deployment.apps/kubernetes-bootcamp created'
until_has 60 '^kubernetes-bootcamp +1/1 +1 +1 ' kubectl get deployments

# kubectl proxy runs in a second terminal; a free port instead of 8001 so parallel runs do not collide
PROXY_PORT=${PROXY_PORT:-8001}
kubectl proxy --port="$PROXY_PORT" >/dev/null 2>&1 &
PROXY_PID=$!
trap 'stop_bg $PROXY_PID' EXIT
deadline=$(( $(date +%s) + 20 ))
until curl -s -m 2 -o /dev/null "http://localhost:$PROXY_PORT/version"; do
  [ "$(date +%s)" -ge "$deadline" ] && fail "kubectl proxy does not answer on $PROXY_PORT"
  sleep 0.2
done
run curl -s "http://localhost:$PROXY_PORT/version"
# (a real apiserver indents this JSON; mk's is compact: reported, so either is accepted here)
has '"gitVersion": ?"v1\.[0-9.]+"'; has '"major": ?"1"'

export POD_NAME=$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')
run echo Name of the Pod: $POD_NAME
is "Name of the Pod: $POD_NAME"
[[ "$POD_NAME" =~ ^kubernetes-bootcamp-[a-z0-9]{8,10}-[a-z0-9]{5}$ ]] || fail "POD_NAME is $POD_NAME"

run curl -s "http://localhost:$PROXY_PORT/api/v1/namespaces/default/pods/$POD_NAME:8080/proxy/"
is "Hello Kubernetes bootcamp! | Running on: $POD_NAME | v=1"

run kubectl describe pods
ok; has "^Name: +$POD_NAME$"; has '^    Image: +gcr.io/google-samples/kubernetes-bootcamp:v1$'
has '^IP: +10\.244\.'; has 'Normal +Started .*kubelet +Started container kubernetes-bootcamp$'

run kubectl logs "$POD_NAME"
ok; has '^Kubernetes Bootcamp App Started At: .* \| Running On:  '"$POD_NAME"' $'

run kubectl exec "$POD_NAME" -- env
ok; has "^HOSTNAME=$POD_NAME$"; has '^KUBERNETES_SERVICE_HOST=10\.96\.0\.1$'; has '^NPM_CONFIG_LOGLEVEL=info$'

# stdout and stderr apart: without a terminal curl draws its progress meter on stderr, and the
# remote streams arrive on separate channels, so their interleaving is not fixed (in Kubernetes too).
ERR_FILE=$(mktemp)
OUT=$(printf 'cat server.js\ncurl http://localhost:8080\nexit\n' | kubectl exec -ti $POD_NAME -- bash 2>"$ERR_FILE"); RC=$?
STDOUT=$OUT; OUT=$(cat "$ERR_FILE"); rm -f "$ERR_FILE"
printf '$ kubectl exec -ti %s -- bash\n%s\n%s\n' "$POD_NAME" "$STDOUT" "$OUT"
has '^Unable to use a TTY - input is not a terminal or the right kind of file$'
ok
OUT=$STDOUT
# `cat server.js` prints the app's source (first line, then its server), curl reaches the pod's own port
has "^var http = require\('http'\);$"; has 'http\.createServer'
has "^Hello Kubernetes bootcamp! \| Running on: $POD_NAME \| v=1"

# --- Using a Service to Expose Your App ---
run kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
ok; is 'service/kubernetes-bootcamp exposed'
run kubectl describe services/kubernetes-bootcamp
ok; has '^Type: +NodePort$'; has '^Port: +<unset> +8080/TCP$'; has '^NodePort: +<unset> +3[0-9]{4}/TCP$'

export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
run echo "NODE_PORT=$NODE_PORT"
has '^NODE_PORT=3[0-9]{4}$'
if nodeport_ready "http://$(minikube ip):$NODE_PORT"; then
  run curl http://"$(minikube ip):$NODE_PORT"
  has "^Hello Kubernetes bootcamp! \| Running on: $POD_NAME \| v=1"
fi

run kubectl describe deployment
ok; has '^Labels: +app=kubernetes-bootcamp$'
run kubectl get pods -l app=kubernetes-bootcamp
ok; count 1 "^$POD_NAME +1/1 +Running +0 +$AGE$"

# --- Running Multiple Instances ---
run kubectl get deployments
ok; header 'NAME READY UP-TO-DATE AVAILABLE AGE'; has '^kubernetes-bootcamp +1/1 +1 +1 '
run kubectl get rs
ok; header 'NAME DESIRED CURRENT READY AGE'; has "^kubernetes-bootcamp-[a-z0-9]{8,10} +1 +1 +1 +$AGE$"

run kubectl scale deployments/kubernetes-bootcamp --replicas=4
ok; is 'deployment.apps/kubernetes-bootcamp scaled'
until_count 60 4 "^kubernetes-bootcamp-$POD_SUFFIX +1/1 +Running" kubectl get pods -o wide
count 4 "^kubernetes-bootcamp-$POD_SUFFIX +1/1 +Running +0 +$AGE +10\.244\.[0-9.]+ +mk(-m0[0-9])? +<none> +<none>$"
[ "$(printf '%s\n' "$OUT" | grep -Eo '10\.244\.[0-9.]+' | sort -u | wc -l)" -eq 4 ] || fail 'the pods do not have four different IPs'

run kubectl describe deployments/kubernetes-bootcamp
ok; has '^Replicas: +4 desired \| 4 updated \| 4 total \| 4 available \| 0 unavailable$'
has 'Normal +ScalingReplicaSet .*deployment-controller +Scaled up replica set kubernetes-bootcamp-[a-z0-9]+ from 1 to 4$'

run kubectl describe services/kubernetes-bootcamp
ok
until_has 30 '^Endpoints: +([0-9.]+:8080,){2}[0-9.]+:8080 \+ 1 more\.\.\.$' kubectl describe services/kubernetes-bootcamp
if nodeport_ready "http://$(minikube ip):$NODE_PORT"; then
  curl_many 8 http://"$(minikube ip):$NODE_PORT"
  count 8 '^Hello Kubernetes bootcamp! \| Running on: kubernetes-bootcamp-'
  [ "$(printf '%s\n' "$OUT" | grep -Eo 'Running on: [a-z0-9-]+' | sort -u | wc -l)" -gt 1 ] || fail 'no load balancing across the pods'
fi

# --- Performing a Rolling Update ---
run kubectl describe pods
ok; count 4 '^    Image: +gcr.io/google-samples/kubernetes-bootcamp:v1$'

run kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2
ok; is 'deployment.apps/kubernetes-bootcamp image updated'
run kubectl rollout status deployments/kubernetes-bootcamp
ok; has '^deployment "kubernetes-bootcamp" successfully rolled out$'
until_count 60 4 '^    Image: +docker.io/jocatalin/kubernetes-bootcamp:v2$' kubectl describe pods
if nodeport_ready "http://$(minikube ip):$NODE_PORT"; then
  until_count 30 4 '^  - ' kubectl get endpointslices -l kubernetes.io/service-name=kubernetes-bootcamp -o go-template='{{range .items}}{{range .endpoints}}{{if .conditions.ready}}  - {{index .addresses 0}}{{"\n"}}{{end}}{{end}}{{end}}'
  run curl -s http://"$(minikube ip):$NODE_PORT"
  has '^Hello Kubernetes bootcamp! \| Running on: kubernetes-bootcamp-[a-z0-9-]+ \| v=2'
fi

# --- Roll back an update ---
run kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
ok; is 'deployment.apps/kubernetes-bootcamp image updated'
until_has 60 '^kubernetes-bootcamp +[0-9]/4 +[1-2] +3 ' kubectl get deployments
until_has 60 "^kubernetes-bootcamp-$POD_SUFFIX +0/1 +ImagePullBackOff " kubectl get pods
count 3 "^kubernetes-bootcamp-$POD_SUFFIX +1/1 +Running "

run kubectl describe pods
ok
has 'Warning +Failed .*kubelet +Failed to pull image "gcr.io/google-samples/kubernetes-bootcamp:v10": rpc error: code = NotFound desc = failed to pull and unpack image "gcr.io/google-samples/kubernetes-bootcamp:v10": failed to resolve reference "gcr.io/google-samples/kubernetes-bootcamp:v10": gcr.io/google-samples/kubernetes-bootcamp:v10: not found$'

run kubectl rollout undo deployments/kubernetes-bootcamp
ok; is 'deployment.apps/kubernetes-bootcamp rolled back'
until_count 60 4 "^kubernetes-bootcamp-$POD_SUFFIX +1/1 +Running " kubectl get pods
count 5 '.'
run kubectl describe pods
ok; count 4 '^    Image: +docker.io/jocatalin/kubernetes-bootcamp:v2$'

run kubectl delete deployments/kubernetes-bootcamp services/kubernetes-bootcamp
ok; is $'deployment.apps "kubernetes-bootcamp" deleted\nservice "kubernetes-bootcamp" deleted'
echo "PASS (skipped: $SKIPPED, known gaps: $GAPS)"
