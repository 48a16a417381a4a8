#!/usr/bin/env bash
# Seed 003 (Pod/Node, 常用命令, 对外暴露应用, 扩缩容, 滚动升级, 回滚, 配置文件方式), line by line.
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../../fixtures/seeds" || exit 1

# "我们之前使用kubectl create deployment my-nginx --image=nginx创建部署my-nginx"
run kubectl create deployment my-nginx --image=nginx
ok; is 'deployment.apps/my-nginx created'
until_has 60 '^my-nginx +1/1 +1 +1 ' kubectl get deployments
header 'NAME READY UP-TO-DATE AVAILABLE AGE'

run kubectl get pods
ok; header 'NAME READY STATUS RESTARTS AGE'; count 1 "^my-nginx-$POD_SUFFIX +1/1 +Running +0 +$AGE$"
POD=$(printf '%s\n' "$OUT" | sed -n 2p | cut -d' ' -f1)

run kubectl get nodes
ok; header 'NAME STATUS ROLES AGE VERSION'; has "^mk +Ready +control-plane +$AGE +v1\.[0-9]+\.[0-9]+$"

run kubectl get deployments -A
ok; header 'NAMESPACE NAME READY UP-TO-DATE AVAILABLE AGE'; has '^default +my-nginx +1/1 +1 +1 '
run kubectl get deployments --all-namespaces
ok; header 'NAMESPACE NAME READY UP-TO-DATE AVAILABLE AGE'; has '^default +my-nginx +1/1 '
# mk runs no add-on Deployments (a real cluster lists coredns here)
run kubectl get deployments -n kube-system
ok; is 'No resources found in kube-system namespace.'

run kubectl api-resources
ok; header 'NAME SHORTNAMES APIVERSION NAMESPACED KIND'
has '^pods +po +v1 +true +Pod$'; has '^deployments +deploy +apps/v1 +true +Deployment$'; has '^nodes +no +v1 +false +Node$'
run kubectl api-resources --namespaced=true
ok; has '^pods +po +v1 +true +Pod$'; hasnt ' false '
run kubectl api-resources --namespaced=false
ok; has '^nodes +no +v1 +false +Node$'; has '^namespaces +ns +v1 +false +Namespace$'; hasnt ' true '

run kubectl run my-nginx --image=nginx
ok; is 'pod/my-nginx created'
until_has 60 '^my-nginx +1/1 +Running ' kubectl get pods my-nginx

run kubectl describe pod my-nginx
ok; has '^Name: +my-nginx$'; has '^Labels: +run=my-nginx$'; has '^Status: +Running$'; has '^    Image: +nginx$'
has 'Normal +Started .*kubelet +Started container my-nginx$'

run kubectl describe deployment my-nginx
ok; has '^Name: +my-nginx$'; has '^Replicas: +1 desired \| 1 updated \| 1 total \| 1 available \| 0 unavailable$'
has '^  Labels: +app=my-nginx$'; has '^   nginx:$'

# logs -f follows until stopped (Ctrl-C): run it in the background, read, stop it
LOG=$(mktemp)
kubectl logs -f "$POD" >"$LOG" 2>&1 &
LOGPID=$!
deadline=$(( $(date +%s) + 30 ))
until grep -q 'Configuration complete; ready for start up' "$LOG"; do
  [ "$(date +%s)" -ge "$deadline" ] && { OUT=$(cat "$LOG"); stop_bg "$LOGPID"; fail 'logs -f printed no nginx start-up lines'; }
  sleep 0.2
done
stop_bg "$LOGPID"
printf '$ kubectl logs -f %s\n%s\n' "$POD" "$(cat "$LOG")"
OUT=$(cat "$LOG"); has 'docker-entrypoint.sh: Configuration complete; ready for start up$'; rm -f "$LOG"

# exec -it with the reader's keystrokes on stdin (no terminal here: kubectl says so, then runs)
OUT=$(printf 'echo "inside $HOSTNAME"\nexit\n' | kubectl exec -it "$POD" -- /bin/bash 2>&1); RC=$?
printf '$ kubectl exec -it %s -- /bin/bash\n%s\n' "$POD" "$OUT"
ok; has '^Unable to use a TTY - input is not a terminal or the right kind of file$'; has "^inside $POD$"

# --- 对外暴露应用 ---
run kubectl expose deployment my-nginx --port=81 --target-port=80 --type=ClusterIP
ok; is 'service/my-nginx exposed'
run kubectl get svc my-nginx
ok; header 'NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE'; has "^my-nginx +ClusterIP +10\.[0-9.]+ +<none> +81/TCP +$AGE$"

run kubectl expose deployment my-nginx --port=81 --target-port=80 --type=NodePort
ok 1; is 'Error from server (AlreadyExists): services "my-nginx" already exists'
between kubectl delete service my-nginx
run kubectl expose deployment my-nginx --port=81 --target-port=80 --type=NodePort
ok; is 'service/my-nginx exposed'
run kubectl get svc my-nginx
ok; has "^my-nginx +NodePort +10\.[0-9.]+ +<none> +81:3[0-9]{4}/TCP +$AGE$"
NODE_PORT=$(kubectl get svc my-nginx -o go-template='{{(index .spec.ports 0).nodePort}}')
if nodeport_ready "http://$(minikube ip):$NODE_PORT"; then
  run curl -s "http://$(minikube ip):$NODE_PORT"
  has '<title>Welcome to nginx!</title>'
fi

# --- 扩缩容 ---
run kubectl scale --replicas=3  deployment my-nginx
ok; is 'deployment.apps/my-nginx scaled'
until_count 60 3 "^my-nginx-$POD_SUFFIX +1/1 +Running" kubectl get pods -o wide -l app=my-nginx
header 'NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES'
count 3 "^my-nginx-$POD_SUFFIX +1/1 +Running +0 +$AGE +10\.244\.[0-9]+\.[0-9]+ +mk(-m0[0-9])? +<none> +<none>$"

run kubectl scale --replicas=1  deployment my-nginx
ok; is 'deployment.apps/my-nginx scaled'
until_count 60 1 "^my-nginx-$POD_SUFFIX " kubectl get pods -l app=my-nginx

# --- 滚动升级 ---
run kubectl scale --replicas=3  deployment my-nginx
ok
run kubectl rollout status deployment my-nginx
ok
run kubectl set image deployment my-nginx nginx=nginx:1.9.1
ok; is 'deployment.apps/my-nginx image updated'
run kubectl rollout status deployment my-nginx
ok; has '^deployment "my-nginx" successfully rolled out$'
run kubectl get deployment my-nginx -o wide
ok; has '^my-nginx +3/3 +3 +3 .* nginx +nginx:1\.9\.1 +app=my-nginx$'

run kubectl set image deployment my-nginx nginx=nginx:abc
ok; is 'deployment.apps/my-nginx image updated'
until_count 60 1 "^my-nginx-$POD_SUFFIX +0/1 +(ErrImagePull|ImagePullBackOff) " kubectl get pods -l app=my-nginx
count 3 "^my-nginx-$POD_SUFFIX +1/1 +Running "

# --- 回滚 ---
run kubectl rollout history deployment my-nginx
ok; has '^deployment.apps/my-nginx $'; has '^REVISION  CHANGE-CAUSE$'
count 3 '^[1-3] +<none>$'

run kubectl set image deployment my-nginx nginx=nginx:11111 --record
ok; has '^Flag --record has been deprecated, --record will be removed in the future$'; has '^deployment.apps/my-nginx image updated$'
run kubectl rollout history deployment my-nginx
ok; has '^4 +kubectl(\.1\.[0-9]+)? set image deployment my-nginx nginx=nginx:11111 --record=true$'

run kubectl rollout undo deployment my-nginx --to-revision=1
ok; is 'deployment.apps/my-nginx rolled back'
run kubectl rollout status deployment my-nginx
ok
run kubectl get deployment my-nginx -o wide
ok; has ' nginx +nginx +app=my-nginx$'

run kubectl rollout undo deployment my-nginx
ok; is 'deployment.apps/my-nginx rolled back'

# --- 配置文件方式实现 ---
run kubectl delete deployment my-nginx
ok; is 'deployment.apps "my-nginx" deleted'
run kubectl delete service my-nginx
ok; is 'service "my-nginx" deleted'
between kubectl delete pod my-nginx

run kubectl apply -f deployment.yaml
ok; is 'deployment.apps/nginx-deployment created'
run kubectl apply -f expose.yaml
ok; is 'service/nginx-service created'
run kubectl rollout status deployment nginx-deployment
ok
run kubectl get svc nginx-service
ok; has "^nginx-service +NodePort +10\.[0-9.]+ +<none> +80:32600/TCP +$AGE$"
if nodeport_ready "http://$(minikube ip):32600"; then
  run curl -s "http://$(minikube ip):32600"
  has '<title>Welcome to nginx!</title>'
fi

# 扩缩容 / 滚动升级 by editing the file, then apply again
EDITED=$(mktemp -d)
sed -e 's/replicas: 1/replicas: 3/' -e 's/nginx:1.7.9/nginx:1.9.1/' deployment.yaml >"$EDITED/deployment.yaml"
run kubectl apply -f "$EDITED/deployment.yaml"
ok; is 'deployment.apps/nginx-deployment configured'
run kubectl rollout status deployment nginx-deployment
ok
run kubectl get deployment nginx-deployment -o wide
ok; has '^nginx-deployment +3/3 +3 +3 .* nginx +nginx:1\.9\.1 +app=nginx$'
rm -rf "$EDITED"

run kubectl delete -f deployment.yaml
ok; is 'deployment.apps "nginx-deployment" deleted'
run kubectl delete -f expose.yaml
ok; is 'service "nginx-service" deleted'
echo "PASS (skipped: $SKIPPED)"
