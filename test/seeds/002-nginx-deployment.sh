#!/usr/bin/env bash
# Seed 002 (K8S作业副本与水平扩展), line by line, with kubectl being mk. Run from fixtures/seeds.
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../../fixtures/seeds" || exit 1

run kubectl create -f nginx-deployment.yaml
ok; is 'deployment.apps/nginx-deployment-controller created'

run kubectl scale deployment nginx-deployment-controller --replicas=3
ok; is 'deployment.apps/nginx-deployment-controller scaled'

run kubectl rollout status deployment nginx-deployment-controller
ok; has '^deployment "nginx-deployment-controller" successfully rolled out$'

run kubectl describe deployment nginx-deployment-controller
ok
has '^Name: +nginx-deployment-controller$'; has '^Selector: +app=nginx$'
has '^Replicas: +3 desired \| 3 updated \| 3 total \| 3 available \| 0 unavailable$'
has '^StrategyType: +RollingUpdate$'; has '^RollingUpdateStrategy: +25% max unavailable, 25% max surge$'
has '^    Image: +nginx:1\.8$'; has '^    Port: +80/TCP$'
has "^NewReplicaSet: +nginx-deployment-controller-[a-z0-9]+ \(3/3 replicas created\)$"
has 'Normal +ScalingReplicaSet .*deployment-controller +Scaled up replica set nginx-deployment-controller-[a-z0-9]+ from 0 to 2$'
has 'Normal +ScalingReplicaSet .*deployment-controller +Scaled up replica set nginx-deployment-controller-[a-z0-9]+ from 2 to 3$'

run kubectl get replicasets.apps
ok; header 'NAME DESIRED CURRENT READY AGE'
count 1 "^nginx-deployment-controller-[a-z0-9]{8,10} +3 +3 +3 +$AGE$"

run kubectl get rs
ok; header 'NAME DESIRED CURRENT READY AGE'
count 1 "^nginx-deployment-controller-[a-z0-9]{8,10} +3 +3 +3 +$AGE$"

# the editor changes the image, as the reader would by hand
export KUBE_EDITOR='sed -i s/nginx:1.8/nginx:1.9.1/'
run kubectl edit deployments.apps nginx-deployment-controller
ok; is 'deployment.apps/nginx-deployment-controller edited'
run kubectl rollout status deployment nginx-deployment-controller
ok
until_count 60 2 "^nginx-deployment-controller-" kubectl get rs
count 1 " +3 +3 +3 +$AGE$"; count 1 " +0 +0 +0 +$AGE$"

# --- 版本回退: the reader starts over from the file ---
between kubectl delete -f nginx-deployment.yaml
run kubectl create -f nginx-deployment.yaml --record
ok
has '^Flag --record has been deprecated, --record will be removed in the future$'
has '^deployment.apps/nginx-deployment-controller created$'

# only revision 1 exists yet: kubectl says so
run kubectl rollout history deployment nginx-deployment-controller --revision=2
ok 1; is 'error: unable to find the specified revision'

run kubectl scale deployment nginx-deployment-controller --replicas=3
ok; is 'deployment.apps/nginx-deployment-controller scaled'
run kubectl rollout status deployment nginx-deployment-controller
ok

run kubectl set image deployment nginx-deployment-controller nginx=nginx:1.91
ok; is 'deployment.apps/nginx-deployment-controller image updated'

# the rollout stalls: with the default 25% surge / 25% unavailable of 3 replicas, the new
# ReplicaSet gets one pod that never gets ready and the old one keeps all three (the text's
# two-and-two came from a Deployment with maxSurge=1, maxUnavailable=1)
until_has 60 ' +1 +1 +0 +[0-9]+s$' kubectl get rs
header 'NAME DESIRED CURRENT READY AGE'
count 1 "^nginx-deployment-controller-[a-z0-9]{8,10} +1 +1 +0 +$AGE$"
count 1 "^nginx-deployment-controller-[a-z0-9]{8,10} +3 +3 +3 +$AGE$"

run kubectl rollout history deployment nginx-deployment-controller
ok
has '^deployment.apps/nginx-deployment-controller $'; has '^REVISION  CHANGE-CAUSE$'
has '^1         kubectl(\.1\.[0-9]+)? create --filename=nginx-deployment.yaml --record=true$'
has '^2         kubectl(\.1\.[0-9]+)? create --filename=nginx-deployment.yaml --record=true$'

run kubectl rollout history deployment nginx-deployment-controller --revision=3
ok 1; is 'error: unable to find the specified revision'

run kubectl rollout history deployment nginx-deployment-controller --revision=2
ok
has '^deployment.apps/nginx-deployment-controller with revision #2$'
has '^    Image:	nginx:1\.91$'

run kubectl rollout undo deployment nginx-deployment-controller --to-revision=1
ok; is 'deployment.apps/nginx-deployment-controller rolled back'
run kubectl rollout status deployment nginx-deployment-controller
ok
until_count 60 3 "^nginx-deployment-controller-$POD_SUFFIX +1/1 +Running" kubectl get pods -l app=nginx
count 4 '.'

between kubectl delete -f nginx-deployment.yaml
echo "PASS (skipped: $SKIPPED)"
