#!/usr/bin/env bash
# Seed 000 (多实例应用 / 滚动更新 / 回滚), line by line, with kubectl being mk.
. "$(dirname "$0")/lib.sh"

# --- 多实例应用 ---
run kubectl create deployment hello-nginx --image k8s.io/k8s/hello-nginx:v3 --replicas=4
ok; is 'deployment.apps/hello-nginx created'

until_has 60 '^hello-nginx +4/4 +4 +4 ' kubectl get deployments.apps hello-nginx
header 'NAME READY UP-TO-DATE AVAILABLE AGE'

run kubectl get pods
ok; header 'NAME READY STATUS RESTARTS AGE'
count 4 "^hello-nginx-$POD_SUFFIX +1/1 +Running +0 +$AGE$"

run kubectl expose deployment hello-nginx --name hello-nginx --port 80 --target-port 80 --type NodePort
ok; is 'service/hello-nginx exposed'

run kubectl describe service hello-nginx
ok
has '^Name: +hello-nginx$'; has '^Namespace: +default$'; has '^Labels: +app=hello-nginx$'; has '^Selector: +app=hello-nginx$'
has '^Type: +NodePort$'; has '^IP Family Policy: +SingleStack$'; has '^Port: +<unset> +80/TCP$'; has '^TargetPort: +80/TCP$'
has '^NodePort: +<unset> +3[0-9]{4}/TCP$'; has '^Session Affinity: +None$'; has '^External Traffic Policy: +Cluster$'; has '^Events: +<none>$'
until_has 30 '^Endpoints: +([0-9.]+:80,){2}[0-9.]+:80 \+ 1 more\.\.\.$' kubectl describe service hello-nginx

NODE_PORT=$(kubectl get service hello-nginx -o go-template='{{(index .spec.ports 0).nodePort}}')
NODE_IP=$(minikube ip)
if nodeport_ready "http://$NODE_IP:$NODE_PORT"; then
  curl_many 5 "http://$NODE_IP:$NODE_PORT"
  count 5 "^Welcome to NGINX!  \| Server IP: [0-9.]+ \| Hostname: hello-nginx-$POD_SUFFIX$"
fi

run kubectl scale deployment hello-nginx --replicas 6
ok; is 'deployment.apps/hello-nginx scaled'
until_has 60 '^hello-nginx +6/6 +6 +6 ' kubectl get deployments.apps hello-nginx
run kubectl get pods
count 6 "^hello-nginx-$POD_SUFFIX +1/1 +Running +0 +$AGE$"

if nodeport_ready "http://$NODE_IP:$NODE_PORT"; then
  until_count 30 6 '^  - ' kubectl get endpointslices -l kubernetes.io/service-name=hello-nginx -o go-template='{{range .items}}{{range .endpoints}}  - {{index .addresses 0}}{{"\n"}}{{end}}{{end}}'
  curl_many 10 "http://$NODE_IP:$NODE_PORT"
  count 10 "^Welcome to NGINX!  \| Server IP: [0-9.]+ \| Hostname: hello-nginx-$POD_SUFFIX$"
  [ "$(distinct_hosts)" -gt 1 ] || fail 'every request answered by the same pod'
fi

run kubectl scale deployment hello-nginx --replicas 2
ok; is 'deployment.apps/hello-nginx scaled'
until_has 60 '^hello-nginx +2/2 +2 +2 ' kubectl get deployment
until_count 60 2 "^hello-nginx-$POD_SUFFIX +1/1 +Running" kubectl get pods
count 3 '.'

if nodeport_ready "http://$NODE_IP:$NODE_PORT"; then
  until_count 30 2 '^  - ' kubectl get endpointslices -l kubernetes.io/service-name=hello-nginx -o go-template='{{range .items}}{{range .endpoints}}  - {{index .addresses 0}}{{"\n"}}{{end}}{{end}}'
  curl_many 5 "http://$NODE_IP:$NODE_PORT"
  count 5 "^Welcome to NGINX!  \| Server IP: [0-9.]+ \| Hostname: hello-nginx-$POD_SUFFIX$"
  [ "$(distinct_hosts)" -le 2 ] || fail 'answered by more pods than there are replicas'
fi

# --- 滚动更新: the tutorial starts again from a fresh deployment ---
between kubectl delete deployment hello-nginx
between kubectl delete service hello-nginx
run kubectl create deployment hello-nginx --image k8s.io/k8s/hello-nginx:v1.3 --replicas=3
ok; is 'deployment.apps/hello-nginx created'
until_count 60 3 "^hello-nginx-$POD_SUFFIX +1/1 +Running +0 +$AGE$" kubectl get pods
count 4 '.'

run kubectl expose deployment hello-nginx --name hello-nginx --port 80 --target-port 80 --type NodePort
ok; is 'service/hello-nginx exposed'
until_has 30 '^Endpoints: +[0-9.]+:80,[0-9.]+:80,[0-9.]+:80$' kubectl describe service hello-nginx

NODE_PORT=$(kubectl get service hello-nginx -o go-template='{{(index .spec.ports 0).nodePort}}')
if nodeport_ready "http://$NODE_IP:$NODE_PORT"; then
  curl_many 5 "http://$NODE_IP:$NODE_PORT"
  count 5 "^Welcome to NGINX! \| App Version: 1\.3 \| Server IP: [0-9.]+ \| Hostname: hello-nginx-$POD_SUFFIX$"
fi

run kubectl set image deployment/hello-nginx hello-nginx=k8s.io/k8s/hello-nginx:v2.5
ok; is 'deployment.apps/hello-nginx image updated'

run kubectl rollout status deployments/hello-nginx
ok; has '^deployment "hello-nginx" successfully rolled out$'

if nodeport_ready "http://$NODE_IP:$NODE_PORT"; then
  until_count 30 3 '^  - ' kubectl get endpointslices -l kubernetes.io/service-name=hello-nginx -o go-template='{{range .items}}{{range .endpoints}}{{if .conditions.ready}}  - {{index .addresses 0}}{{"\n"}}{{end}}{{end}}{{end}}'
  curl_many 5 "http://$NODE_IP:$NODE_PORT"
  count 5 "^Welcome to NGINX! \| App Version: 2\.5 \| Server IP: [0-9.]+ \| Hostname: hello-nginx-$POD_SUFFIX$"
fi

# --- 回滚 ---
# as written (the text means a tag that does not exist; that line follows)
run kubectl set image deployment/hello-nginx hello-nginx=k8s.io/k8s/hello-nginx:v1.3
ok; is 'deployment.apps/hello-nginx image updated'
run kubectl rollout status deployments/hello-nginx
ok
run kubectl set image deployment/hello-nginx hello-nginx=k8s.io/k8s/hello-nginx:v1.5
ok; is 'deployment.apps/hello-nginx image updated'

until_has 60 '^hello-nginx +3/3 +1 +3 ' kubectl get deployments
header 'NAME READY UP-TO-DATE AVAILABLE AGE'

until_count 60 1 "^hello-nginx-$POD_SUFFIX +0/1 +ImagePullBackOff +0 +$AGE$" kubectl get pods
count 3 "^hello-nginx-$POD_SUFFIX +1/1 +Running +0 +$AGE$"
BAD_POD=$(printf '%s\n' "$OUT" | grep ImagePullBackOff | cut -d' ' -f1)

run kubectl describe pods "$BAD_POD"
ok
has "^Name: +$BAD_POD$"; has '^Namespace: +default$'
has '^  Type +Reason +Age +From +Message$'
has "Normal +Scheduled .*default-scheduler +Successfully assigned default/$BAD_POD to "
has 'Normal +Pulling .*kubelet +Pulling image "k8s.io/k8s/hello-nginx:v1.5"'
has 'Warning +Failed .*kubelet +Failed to pull image "k8s.io/k8s/hello-nginx:v1.5": rpc error: code = NotFound desc = failed to pull and unpack image "k8s.io/k8s/hello-nginx:v1.5": failed to resolve reference "k8s.io/k8s/hello-nginx:v1.5": k8s.io/k8s/hello-nginx:v1.5: not found$'
has 'Warning +Failed .*kubelet +Error: ErrImagePull$'

run kubectl rollout undo deployments/hello-nginx
ok; is 'deployment.apps/hello-nginx rolled back'
until_count 60 3 "^hello-nginx-$POD_SUFFIX +1/1 +Running +0 +$AGE$" kubectl get pods
count 4 '.'
GOOD_POD=$(printf '%s\n' "$OUT" | sed -n 2p | cut -d' ' -f1)

run kubectl describe pods "$GOOD_POD"
ok
has '^    Image: +k8s.io/k8s/hello-nginx:v1.3$'
has 'Normal +Scheduled .*default-scheduler +Successfully assigned default/'
has 'Normal +Started .*kubelet +Started container hello-nginx$'

between kubectl delete deployment hello-nginx
between kubectl delete service hello-nginx
echo "PASS (skipped: $SKIPPED)"
